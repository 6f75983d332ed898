using System.Globalization;

namespace Marsad.Search;

/// <summary>
/// Groups near-duplicate texts (a wire story reposted with a source line, a byline or a sentence changed) so search
/// shows them as one hit with a count. Exact copies never reach the index twice (the article id is a hash of the
/// folded text); this catches the rest by the overlap of the texts' three-term shingles (over search terms, so
/// spelling and clitic variants are no difference): a MinHash signature of <see cref="Hashes"/> values estimates the
/// Jaccard overlap, and two texts estimated at <see cref="MinSimilarity"/> or more are near duplicates. Candidates
/// come from locality-sensitive hashing (<see cref="Bands"/> bands of <see cref="Rows"/> values: a pair at 0.8
/// overlap shares a band with probability 0.98, a pair at 0.3 with 0.06, and is then checked on the whole signature).
/// Texts under <see cref="MinTerms"/> terms are never grouped: short notices agree by chance.
/// A group is named by its first article and keeps that article's signature; later articles join the first group
/// they match. Our own check until the stories step records near duplicates (see docs/ARCHITECTURE.md).
/// </summary>
internal sealed class NearDuplicates
{
    public const int Hashes = 32;
    public const int Bands = 8;
    public const int Rows = Hashes / Bands;
    public const double MinSimilarity = 0.75;
    public const int MinTerms = 30;

    private static readonly ulong[] s_seeds = [.. Enumerable.Range(1, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL))];

    private readonly Dictionary<ulong, long> _bands = [];
    private readonly Dictionary<long, uint[]> _signatures = [];

    /// <summary>The MinHash signature of a text's terms, or null when the text is too short to compare.</summary>
    public static uint[]? Signature(IReadOnlyList<SearchTerm> terms)
    {
        if (terms.Count < MinTerms) return null;
        var signature = new uint[Hashes];
        Array.Fill(signature, uint.MaxValue);
        for (var i = 0; i + 2 < terms.Count; i++)
        {
            var shingle = Fnv(terms[i + 2].Term, Fnv(terms[i + 1].Term, Fnv(terms[i].Term, 14695981039346656037UL)));
            for (var h = 0; h < Hashes; h++)
            {
                var value = (uint)Mix(shingle ^ s_seeds[h]);
                if (value < signature[h]) signature[h] = value;
            }
        }
        return signature;
    }

    /// <summary>The group of an article with <paramref name="signature"/>: an earlier near duplicate's, or its own.</summary>
    public long Assign(string articleId, uint[]? signature)
    {
        var own = GroupOf(articleId);
        if (signature is null) return own;
        var group = Find(signature) ?? own;
        Add(signature, group);
        return group;
    }

    /// <summary>Remembers an article already in the index (when an index is updated rather than rebuilt).</summary>
    public void Add(uint[] signature, long group)
    {
        _signatures.TryAdd(group, signature);
        for (var band = 0; band < Bands; band++) _bands.TryAdd(BandKey(signature, band), group);
    }

    /// <summary>The group an article forms alone: its id (16 hex digits) as a number.</summary>
    public static long GroupOf(string articleId) =>
        long.TryParse(articleId.AsSpan(0, Math.Min(16, articleId.Length)), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            ? value
            : articleId.GetHashCode();

    public static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        Buffer.BlockCopy(signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[]? FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Hashes * 4) return null;
        var signature = new uint[Hashes];
        for (var i = 0; i < Hashes; i++) signature[i] = BitConverter.ToUInt32(bytes[(i * 4)..]);
        return signature;
    }

    public static double Similarity(uint[] a, uint[] b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++)
            if (a[i] == b[i]) same++;
        return (double)same / Hashes;
    }

    private long? Find(uint[] signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (!_bands.TryGetValue(BandKey(signature, band), out var group)) continue;
            if (_signatures.TryGetValue(group, out var other) && Similarity(signature, other) >= MinSimilarity) return group;
        }
        return null;
    }

    private static ulong BandKey(uint[] signature, int band)
    {
        var key = (ulong)band;
        for (var r = 0; r < Rows; r++) key = Mix(key * 31 + signature[band * Rows + r]);
        return key;
    }

    // murmur3's finalizer: spreads FNV's weakly mixed bits before they are compared.
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 33);
    }

    private static ulong Fnv(string text, ulong hash)
    {
        foreach (var c in text) hash = (hash ^ c) * 1099511628211UL;
        return (hash ^ ' ') * 1099511628211UL;
    }
}
