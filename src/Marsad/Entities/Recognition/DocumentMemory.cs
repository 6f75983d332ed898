namespace Marsad.Entities.Recognition;

/// <summary>
/// Second-pass features from a first pass over the whole document: the first pass's tags around the token
/// (stacking), and how the first pass tagged the token's other occurrences in the document. A name the first
/// pass found once after «الرئيس» is then recognized where it stands alone («وقال عباس»).
/// </summary>
internal static class DocumentMemory
{
    /// <summary>One sentence of a document as the second pass sees it.</summary>
    public sealed record Sentence(string[] Keys, string[] Bases, int[] FirstPass);

    private const int T = NerTags.Count;

    public static ulong[][][] Features(IReadOnlyList<Sentence> document)
    {
        var byKey = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var byBase = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in document)
        for (var i = 0; i < sentence.Keys.Length; i++)
        {
            Count(byKey, sentence.Keys[i], sentence.FirstPass[i]);
            Count(byBase, sentence.Bases[i], sentence.FirstPass[i]);
        }

        var features = new ulong[document.Count][][];
        for (var s = 0; s < document.Count; s++)
        {
            var sentence = document[s];
            var n = sentence.Keys.Length;
            features[s] = new ulong[n][];
            for (var i = 0; i < n; i++)
            {
                var f = new List<ulong>(8);
                var tag = sentence.FirstPass[i];
                f.Add(FeatureHash.Of("p1", NerTags.All[tag]));
                f.Add(FeatureHash.Of("p1-1", i > 0 ? NerTags.All[sentence.FirstPass[i - 1]] : "<s>"));
                f.Add(FeatureHash.Of("p1+1", i + 1 < n ? NerTags.All[sentence.FirstPass[i + 1]] : "</s>"));
                Recall(f, "mk", byKey[sentence.Keys[i]], tag);
                if (sentence.Bases[i] != sentence.Keys[i]) Recall(f, "mb", byBase[sentence.Bases[i]], tag);
                features[s][i] = [.. f];
            }
        }
        return features;
    }

    private static void Count(Dictionary<string, int[]> counts, string key, int tag)
    {
        if (!counts.TryGetValue(key, out var c)) counts[key] = c = new int[T];
        c[tag]++;
    }

    // What the other occurrences were tagged: the majority entity type, whether it began spans, or "O" for never an entity.
    private static void Recall(List<ulong> f, string template, int[] counts, int own)
    {
        var total = -1;
        foreach (var c in counts) total += c;
        if (total <= 0) return;
        var bestType = -1;
        var bestCount = 0;
        for (var type = 0; type < NerTags.Types.Count; type++)
        {
            var count = counts[1 + 2 * type] + counts[2 + 2 * type] - (own is var o && (o == 1 + 2 * type || o == 2 + 2 * type) ? 1 : 0);
            if (count > bestCount) (bestType, bestCount) = (type, count);
        }
        if (bestType < 0)
        {
            f.Add(FeatureHash.Of(template, "O"));
            return;
        }
        var type_ = NerTags.Types[bestType];
        f.Add(FeatureHash.Of(template, bestCount * 2 >= total ? type_ : type_ + "~"));
        var begins = counts[1 + 2 * bestType] - (own == 1 + 2 * bestType ? 1 : 0);
        f.Add(FeatureHash.Of(template + "B", type_, begins * 2 >= bestCount ? "B" : "I"));
    }
}
