using System.Globalization;
using System.Numerics;

namespace Marsad.Search;

/// <summary>
/// Groups near-duplicate texts (a wire story reposted with a changed headline, a byline or a sentence added) so search
/// shows them as one hit with a count. Exact copies never reach the index twice (the article id is a hash of the
/// folded text); this catches the rest with a 64-bit SimHash over the article's overlapping three-term shingles (the
/// search terms, so spelling and clitic variants do not count as differences): two texts whose hashes differ in at
/// most <see cref="MaxDistance"/> bits are near duplicates. Candidates are found through four 16-bit bands — any
/// two hashes within 3 bits share one band exactly — so grouping costs a few lookups per article.
/// Texts under <see cref="MinTerms"/> terms are never grouped: short notices agree by chance.
/// A group is named by its first article; an article joins the group of the first near duplicate already indexed.
/// Our own check until the stories step records near duplicates (see docs/ARCHITECTURE.md).
/// </summary>
internal sealed class NearDuplicates
{
    public const int MaxDistance = 3;
    public const int MinTerms = 30;

    private readonly Dictionary<(int Band, ushort Value), List<(ulong Hash, long Group)>> _bands = [];

    public static ulong? Hash(IReadOnlyList<SearchTerm> terms)
    {
        if (terms.Count < MinTerms) return null;
        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + 2 < terms.Count; i++)
        {
            var shingle = Mix(Fnv(terms[i + 2].Term, Fnv(terms[i + 1].Term, Fnv(terms[i].Term, 14695981039346656037UL))));
            for (var bit = 0; bit < 64; bit++) weights[bit] += ((shingle >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong hash = 0;
        for (var bit = 0; bit < 64; bit++)
            if (weights[bit] > 0) hash |= 1UL << bit;
        return hash;
    }

    /// <summary>The group of an article with <paramref name="hash"/>: an earlier near duplicate's, or its own.</summary>
    public long Assign(string articleId, ulong? hash)
    {
        var own = GroupOf(articleId);
        if (hash is not { } h) return own;
        var group = Find(h) ?? own;
        Add(h, group);
        return group;
    }

    /// <summary>Remembers an article already in the index (when an index is updated rather than rebuilt).</summary>
    public void Add(ulong hash, long group)
    {
        for (var band = 0; band < 4; band++)
        {
            var key = (band, (ushort)(hash >> (band * 16)));
            if (!_bands.TryGetValue(key, out var list)) _bands[key] = list = [];
            list.Add((hash, group));
        }
    }

    /// <summary>The group an article forms alone: its id (16 hex digits) as a number.</summary>
    public static long GroupOf(string articleId) =>
        long.TryParse(articleId.AsSpan(0, Math.Min(16, articleId.Length)), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            ? value
            : articleId.GetHashCode();

    private long? Find(ulong hash)
    {
        for (var band = 0; band < 4; band++)
        {
            if (!_bands.TryGetValue((band, (ushort)(hash >> (band * 16))), out var list)) continue;
            foreach (var (other, group) in list)
                if (BitOperations.PopCount(hash ^ other) <= MaxDistance) return group;
        }
        return null;
    }

    // murmur3's finalizer: FNV's high bits depend weakly on the last letters, and every bit votes here.
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
