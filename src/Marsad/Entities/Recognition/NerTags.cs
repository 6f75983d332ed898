namespace Marsad.Entities.Recognition;

/// <summary>The BIO tag set of ANERcorp and which tag may follow which (I-X only continues an X).</summary>
public static class NerTags
{
    public static IReadOnlyList<string> All { get; } =
        ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    // Constants, not All.Count: the decoder's inner loops read them millions of times.
    public const int Count = 9;

    /// <summary>The index used for "before the sentence" in tag-history features.</summary>
    public const int Start = Count;

    public static IReadOnlyList<string> Types { get; } = ["PER", "ORG", "LOC", "MISC"];

    private static readonly Dictionary<string, int> s_index =
        All.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);

    /// <summary>Tags outside the set (GPE from another corpus, say) count as O.</summary>
    public static int IndexOf(string tag) => s_index.GetValueOrDefault(tag);

    private static readonly bool[] s_allowed = BuildAllowed();

    public static bool Allowed(int previous, int tag) => s_allowed[previous * Count + tag];

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[(Count + 1) * Count];
        for (var p = 0; p <= Count; p++)
        for (var t = 0; t < Count; t++)
        {
            var tag = All[t];
            allowed[p * Count + t] = !tag.StartsWith("I-", StringComparison.Ordinal)
                || (p < Count && All[p].Length > 2 && All[p][2..] == tag[2..]);
        }
        return allowed;
    }
}
