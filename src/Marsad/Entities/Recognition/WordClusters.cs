using System.IO.Compression;
using Marsad.LanguageData;

namespace Marsad.Entities.Recognition;

/// <summary>
/// Distributional word classes learned without labels from news (Resources/Entities/word-clusters.tsv.gz, built by
/// <c>Marsad.Train build-clusters</c>): each frequent word form, by matching key, with its cluster at a few nested
/// granularities, coarsest first, then binned profiles of the form (how often it takes the article or a pronoun
/// suffix, which names rarely do; its frequency). The recognizer treats every column as one more class of the word,
/// so it generalizes from the names it was trained on to names that merely occur in the same contexts.
/// The <see cref="Fingerprint"/> ties a trained model to the table it saw.
/// </summary>
public sealed class WordClusters
{
    public const string ResourceFile = "word-clusters.tsv.gz";

    private static readonly Lazy<WordClusters> s_embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, string[]> _clusters;

    private WordClusters(Dictionary<string, string[]> clusters, int levels, ulong fingerprint)
    {
        _clusters = clusters;
        Levels = levels;
        Fingerprint = fingerprint;
    }

    /// <summary>No clusters: features fall back to the words themselves. Fingerprint 0.</summary>
    public static WordClusters Empty { get; } = new(new Dictionary<string, string[]>(StringComparer.Ordinal), 0, 0);

    /// <summary>The table shipped inside the assembly, read on first use.</summary>
    public static WordClusters Embedded => s_embedded.Value;

    public int Levels { get; }

    public int Count => _clusters.Count;

    /// <summary>A hash of every line of the table; 0 for <see cref="Empty"/>.</summary>
    public ulong Fingerprint { get; }

    /// <summary>The class columns of a matching key (clusters coarsest first, then profiles), or null for a word outside the table.</summary>
    public string[]? Of(string key) => _clusters.GetValueOrDefault(key);

    /// <summary>Reads <c>word&lt;TAB&gt;class&lt;TAB&gt;class…</c> lines; '#' lines are comments.</summary>
    public static WordClusters Parse(TextReader reader)
    {
        var clusters = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var levels = 0;
        var fingerprint = FeatureHash.Of("clusters");
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < 2)
                throw new InvalidDataException($"MARSAD-N008 Word cluster line '{line}' has no cluster id; expected word<TAB>id<TAB>id…, rebuild it with `build-clusters`.");
            levels = Math.Max(levels, cells.Length - 1);
            var ids = new string[cells.Length - 1];
            for (var i = 1; i < cells.Length; i++) ids[i - 1] = pool.TryGetValue(cells[i], out var id) ? id : pool[cells[i]] = cells[i];
            clusters[cells[0]] = ids;
            fingerprint = FeatureHash.Of(fingerprint.ToString(), line);
        }
        return new WordClusters(clusters, levels, fingerprint);
    }

    public static WordClusters Load(Stream gzipped)
    {
        using var gzip = new GZipStream(gzipped, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip);
        return Parse(reader);
    }

    /// <summary>The table a model was trained with, by fingerprint: none, or the embedded one.</summary>
    internal static WordClusters Resolve(ulong fingerprint)
    {
        if (fingerprint == 0) return Empty;
        if (Embedded.Fingerprint == fingerprint) return Embedded;
        throw new InvalidDataException(
            $"MARSAD-N007 The NER model was trained with other word clusters than the embedded {ResourceFile}; retrain it with `train-ner` after `build-clusters`.");
    }

    private static WordClusters LoadEmbedded()
    {
        using var stream = LanguageFile.Open("Entities", ResourceFile);
        return Load(stream);
    }
}
