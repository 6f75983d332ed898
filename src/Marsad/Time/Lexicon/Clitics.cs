using Marsad.Text.Morphology;
namespace Marsad.Time.Lexicon;

/// <summary>
/// The readings of a word with its proclitics removed (وفي يوليو، بالأمس، للعام), longest word first.
/// Hand-written rather than taken from the morphology layer because the time lexicon is closed: we only need
/// to know whether some reading is a time word, and a wrong strip simply finds nothing.
/// </summary>
internal static class Clitics
{
    private static readonly string[] Prefixes = ["وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك"];

    /// <summary>The word itself first, then each reading in the order of <see cref="Prefixes"/>; counted before it is
    /// filled so a word costs one array (this runs for every word the per-thread memo has not seen).</summary>
    public static (string Word, int PrefixLength)[] Readings(string key)
    {
        var count = 1;
        foreach (var prefix in Prefixes)
            if (Strips(key, prefix)) count += RestoresAlef(key, prefix) ? 2 : 1;
        var readings = new (string Word, int PrefixLength)[count];
        readings[0] = (key, 0);
        var n = 1;
        foreach (var prefix in Prefixes)
        {
            if (!Strips(key, prefix)) continue;
            var rest = key[prefix.Length..];
            readings[n++] = (rest, prefix.Length);
            // ل + ال writes للعام: the article's alif is dropped, restore it.
            if (RestoresAlef(key, prefix)) readings[n++] = ("ا" + rest, prefix.Length - 1);
        }
        return readings;
    }

    private static bool Strips(string key, string prefix) =>
        key.Length - prefix.Length >= 2 && key.StartsWith(prefix, StringComparison.Ordinal);

    // The rest (after a prefix ending in ل) starts with ل but not with ال.
    private static bool RestoresAlef(string key, string prefix) =>
        prefix[^1] == 'ل' && key[prefix.Length] == 'ل' && !CliticSegmenter.OpensWithArticle(key.AsSpan(prefix.Length));
}
