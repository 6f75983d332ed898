using Marsad.Text.Morphology;
namespace Marsad.Entities.Gazetteer;

/// <summary>
/// The inflected forms of a nisba adjective written in the gazetteer as masculine singular: feminine ة, sound plurals
/// ون/ين and ات, each bare and with ال. In a two-word nisba (كوري شمالي) every word ending in ي inflects and takes ال.
/// A form written with a leading ! (a broken plural such as ألمان) is kept as written, bare and with ال.
/// </summary>
internal static class NisbaForms
{
    private static readonly string[] s_endings = ["", "ة", "ون", "ين", "ات"];

    public static IEnumerable<string> Of(string written)
    {
        if (written.StartsWith('!'))
        {
            var plain = written[1..];
            yield return plain;
            yield return Definite(plain);
            yield break;
        }
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var ending in s_endings)
        {
            var bare = words.Select(w => w.EndsWith('ي') ? w + ending : w).ToArray();
            yield return string.Join(' ', bare);
            yield return string.Join(' ', words.Select((w, i) => w.EndsWith('ي') ? Definite(bare[i]) : bare[i]));
        }
    }

    /// <summary>The definite form (الألمانية / الألماني) of a nisba as written in countries.tsv; null for a broken plural.</summary>
    public static string? Definite(string written, bool feminine)
    {
        if (written.StartsWith('!')) return null;
        return string.Join(' ', written.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith('ي') ? Definite(feminine ? w + "ة" : w) : w));
    }

    private static string Definite(string word) => CliticSegmenter.OpensWithArticle(word) ? word : CliticSegmenter.Article + word;
}
