namespace Marsad.Stories.Duplicates;

/// <summary>
/// Exact overlap of two word sequences, for the few candidate pairs LSH proposes: shingle containment and Jaccard, and
/// the shared passages. A passage starts at a shingle both texts hold and extends word by word while the texts agree;
/// the next search resumes after it in both texts, so passages come out in order and never cross.
/// </summary>
public static class OverlapMeasure
{
    public static TextOverlap Measure(WordSequence first, WordSequence second, int shingleSize)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Shingles.Hashes(first.Keys, shingleSize);
        var b = Shingles.Hashes(second.Keys, shingleSize);
        if (a.Length == 0 || b.Length == 0) return new TextOverlap(0, 0, 0, []);

        var setA = a.ToHashSet();
        var setB = b.ToHashSet();
        var shared = setA.Count(setB.Contains);
        var containment = (double)shared / Math.Min(setA.Count, setB.Count);
        var jaccard = (double)shared / (setA.Count + setB.Count - shared);
        return new TextOverlap(containment, jaccard, shared, shared == 0 ? [] : Align(first, second, a, b, shingleSize));
    }

    private static List<SharedPassage> Align(WordSequence first, WordSequence second, ulong[] a, ulong[] b, int size)
    {
        // Where each shingle of the second text starts, earliest first.
        var starts = new Dictionary<ulong, List<int>>();
        for (var j = 0; j < b.Length; j++)
        {
            if (!starts.TryGetValue(b[j], out var list)) starts[b[j]] = list = [];
            list.Add(j);
        }
        var passages = new List<SharedPassage>();
        var nextInSecond = 0;
        var i = 0;
        while (i < a.Length)
        {
            var j = starts.TryGetValue(a[i], out var list) ? list.FirstOrDefault(x => x >= nextInSecond, -1) : -1;
            if (j < 0 || !SameWords(first, second, i, j, Math.Min(size, Math.Min(first.Count - i, second.Count - j))))
            {
                i++;
                continue;
            }
            var length = 0;
            while (i + length < first.Count && j + length < second.Count && first.Keys[i + length] == second.Keys[j + length]) length++;
            passages.Add(new SharedPassage(
                new(first.Spans[i].Start, first.Spans[i + length - 1].End),
                new(second.Spans[j].Start, second.Spans[j + length - 1].End),
                length));
            i += length;
            nextInSecond = j + length;
        }
        return [.. passages.OrderByDescending(p => p.Words).ThenBy(p => p.First.Start)];
    }

    // A hash match is confirmed on the words themselves: a 64-bit collision must not invent a passage.
    private static bool SameWords(WordSequence first, WordSequence second, int i, int j, int length)
    {
        for (var k = 0; k < length; k++) if (first.Keys[i + k] != second.Keys[j + k]) return false;
        return length > 0;
    }
}
