using System.Collections.Frozen;
using Marsad.Entities.Recognition;

namespace Marsad.Entities.Linking;

/// <summary>
/// What says a word after a title is part of a name without a gazetteer: the given names the recognizer knows, and the
/// frequency profile of the word-cluster table (learned from unlabeled SaudiNewsNet): a word in its top bins that is no
/// given name is a common word. «إيدي بشكل دبلوماسي» and «الرئيس الفرنسي يأتي عشية…» end the name at بشكل and يأتي;
/// «يانا مولر» (rare forms) does not. The same frequencies tell a proclitic from a name's first letter: ليستر is more
/// frequent than يستر, حسين more than لحسين.
/// </summary>
internal static class NameWordEvidence
{
    // Bins of the "f" profile column: f5 and above are the few thousand most frequent forms of the corpus.
    private const int FrequentBin = 5;

    private static readonly Lazy<FrozenSet<string>> s_givenNames = new(() =>
        NerLexicon.EmbeddedGivenNames().ToFrozenSet(StringComparer.Ordinal));

    public static bool IsGivenName(string key) => s_givenNames.Value.Contains(key);

    public static bool IsFrequentNonName(string key) => !IsGivenName(key) && FrequencyBin(key) >= FrequentBin;

    /// <summary>The frequency bin of a word form in unlabeled news (0 rare … 8 most frequent); -1 outside the table.</summary>
    public static int FrequencyBin(string key)
    {
        if (WordClusters.Embedded.Of(key) is not { } classes) return -1;
        foreach (var c in classes)
            if (c.Length == 2 && c[0] == 'f') return c[1] - '0';
        return -1;
    }
}
