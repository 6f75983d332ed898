namespace Marsad.Time.Lexicon;

/// <summary>
/// The readings of a word with its proclitics removed (وفي يوليو، بالأمس، للعام), longest word first.
/// Hand-written rather than taken from the morphology layer because the time lexicon is closed: we only need
/// to know whether some reading is a time word, and a wrong strip simply finds nothing.
/// </summary>
internal static class Clitics
{
    private static readonly string[] Prefixes = ["وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك"];

    public static IEnumerable<(string Word, int PrefixLength)> Readings(string key)
    {
        yield return (key, 0);
        foreach (var prefix in Prefixes)
        {
            if (key.Length - prefix.Length < 2 || !key.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = key[prefix.Length..];
            yield return (rest, prefix.Length);
            // ل + ال writes للعام: the article's alif is dropped, restore it.
            if (prefix[^1] == 'ل' && rest.StartsWith('ل') && !rest.StartsWith("ال", StringComparison.Ordinal))
                yield return ("ا" + rest, prefix.Length - 1);
        }
    }
}
