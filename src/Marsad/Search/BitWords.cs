using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>
/// The words of bit sets a search copies and drops when it is done (<see cref="FilterBits"/>: a filter's kept set
/// narrowed by a second filter or by deletions), kept per thread for its next search: 36 KB a copy at 292,841
/// articles. An array is handed out only at the exact length asked (a <see cref="FixedBitSet"/> counts over its whole
/// array), filled by the caller's copy.
/// </summary>
internal static class BitWords
{
    // A search's copies at once: one a segment; more segments than this allocate.
    private const int KeptPerThread = 4;

    [ThreadStatic] private static List<long[]>? t_free;

    /// <summary>A copy of <paramref name="set"/> over words of this thread's, or new ones.</summary>
    public static FixedBitSet Copy(FixedBitSet set)
    {
        var source = set.GetBits();
        long[]? words = null;
        if (t_free is { } free)
            for (var i = free.Count - 1; i >= 0; i--)
                if (free[i].Length == source.Length)
                {
                    words = free[i];
                    free.RemoveAt(i);
                    break;
                }
        words ??= new long[source.Length];
        Array.Copy(source, words, source.Length);
        return new FixedBitSet(words, set.Length);
    }

    /// <summary>Keeps a copy's words for this thread's next search; the set must not be read after.</summary>
    public static void Return(FixedBitSet copy)
    {
        var free = t_free ??= new List<long[]>(KeptPerThread);
        if (free.Count < KeptPerThread) free.Add(copy.GetBits());
    }
}
