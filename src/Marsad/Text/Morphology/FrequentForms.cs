using System.Collections.Frozen;
using System.IO.Compression;
using Marsad.LanguageData;

namespace Marsad.Text.Morphology;

/// <summary>
/// How often news writes a word form, by matching key: the frequency profile (f = log2 count / 2) of the 150,000 most
/// frequent forms of SaudiNewsNet that Resources/Entities/word-clusters.tsv.gz lists (built by
/// <c>Marsad.Train build-clusters</c>; its first column is the form, its <c>f</c> column the bin). The clitic segmenter
/// asks it whether the remainder a proclitic would leave is a word news writes at all: «وتين» and «افلنيكوف» hardly
/// are, «بوتين» and «وارسو» are. The one reader of that column: the entity rules ask it too
/// (<c>NameWordEvidence.FrequencyBin</c>); only the form and its bin are kept here, the recognizer reads the clusters.
/// </summary>
internal static class FrequentForms
{
    private static readonly Lazy<FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>>> s_bins =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The form's frequency bin (0 = one to three times in the corpus), or -1 for a form outside the table.</summary>
    public static int Bin(ReadOnlySpan<char> key) => s_bins.Value.TryGetValue(key, out var bin) ? bin : -1;

    private static FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        var bins = new Dictionary<string, byte>(StringComparer.Ordinal);
        using var gzip = new GZipStream(LanguageFile.Open("Entities", "word-clusters.tsv.gz"), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            foreach (var cell in cells.AsSpan(1))
            {
                if (cell.Length >= 2 && cell[0] == 'f' && byte.TryParse(cell.AsSpan(1), out var bin))
                {
                    bins[cells[0]] = bin;
                    break;
                }
            }
        }
        return bins.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
