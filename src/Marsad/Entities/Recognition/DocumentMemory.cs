using System.Runtime.InteropServices;

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
        // Each token's counts as the first walk finds them, so the second reads them without hashing its strings again.
        var tokens = 0;
        foreach (var sentence in document) tokens += sentence.Keys.Length;
        var keyCounts = new int[tokens][];
        var baseCounts = new int[tokens][];
        var t = 0;
        foreach (var sentence in document)
        for (var i = 0; i < sentence.Keys.Length; i++, t++)
        {
            keyCounts[t] = Count(byKey, sentence.Keys[i], sentence.FirstPass[i]);
            baseCounts[t] = Count(byBase, sentence.Bases[i], sentence.FirstPass[i]);
        }

        var features = new ulong[document.Count][][];
        Span<ulong> f = stackalloc ulong[7];
        t = 0;
        for (var s = 0; s < document.Count; s++)
        {
            var sentence = document[s];
            var n = sentence.Keys.Length;
            features[s] = new ulong[n][];
            for (var i = 0; i < n; i++, t++)
            {
                var tag = sentence.FirstPass[i];
                f[0] = s_tag[tag];
                f[1] = s_previousTag[i > 0 ? sentence.FirstPass[i - 1] : NerTags.Start];
                f[2] = s_nextTag[i + 1 < n ? sentence.FirstPass[i + 1] : NerTags.Start];
                var count = 3;
                s_byKey.Recall(f, ref count, keyCounts[t], tag);
                if (sentence.Bases[i] != sentence.Keys[i]) s_byBase.Recall(f, ref count, baseCounts[t], tag);
                features[s][i] = f[..count].ToArray();
            }
        }
        return features;
    }

    private static int[] Count(Dictionary<string, int[]> counts, string key, int tag)
    {
        ref var c = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        c ??= new int[T];
        c[tag]++;
        return c;
    }

    // The templates' hashes for every value they can take, made once: the first pass's tag, the one before (Start: «<s>»)
    // and the one after (Start: «</s>»).
    private static readonly ulong[] s_tag = [.. NerTags.All.Select(t => FeatureHash.Of("p1", t))];
    private static readonly ulong[] s_previousTag = [.. NerTags.All.Select(t => FeatureHash.Of("p1-1", t)), FeatureHash.Of("p1-1", "<s>")];
    private static readonly ulong[] s_nextTag = [.. NerTags.All.Select(t => FeatureHash.Of("p1+1", t)), FeatureHash.Of("p1+1", "</s>")];
    private static readonly Recalled s_byKey = new("mk");
    private static readonly Recalled s_byBase = new("mb");

    /// <summary>What the other occurrences of the same key (mk) or base (mb) were tagged, as the hashes of one template.</summary>
    private sealed class Recalled(string template)
    {
        private readonly ulong _outside = FeatureHash.Of(template, "O");
        private readonly ulong[] _majority = [.. NerTags.Types.Select(type => FeatureHash.Of(template, type))];
        private readonly ulong[] _plurality = [.. NerTags.Types.Select(type => FeatureHash.Of(template, type + "~"))];
        private readonly ulong[] _begins = [.. NerTags.Types.Select(type => FeatureHash.Of(template + "B", type, "B"))];
        private readonly ulong[] _inside = [.. NerTags.Types.Select(type => FeatureHash.Of(template + "B", type, "I"))];

        // The majority entity type, whether it began spans, or "O" for never an entity.
        public void Recall(Span<ulong> f, ref int count, int[] counts, int own)
        {
            var total = -1;
            foreach (var c in counts) total += c;
            if (total <= 0) return;
            var bestType = -1;
            var bestCount = 0;
            for (var type = 0; type < NerTags.Types.Count; type++)
            {
                var c = counts[1 + 2 * type] + counts[2 + 2 * type] - (own == 1 + 2 * type || own == 2 + 2 * type ? 1 : 0);
                if (c > bestCount) (bestType, bestCount) = (type, c);
            }
            if (bestType < 0)
            {
                f[count++] = _outside;
                return;
            }
            f[count++] = bestCount * 2 >= total ? _majority[bestType] : _plurality[bestType];
            var begins = counts[1 + 2 * bestType] - (own == 1 + 2 * bestType ? 1 : 0);
            f[count++] = begins * 2 >= bestCount ? _begins[bestType] : _inside[bestType];
        }
    }
}
