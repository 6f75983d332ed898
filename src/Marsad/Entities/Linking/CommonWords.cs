using System.Collections.Frozen;
using Marsad.Entities.Recognition;

namespace Marsad.Entities.Linking;

/// <summary>
/// Words too frequent in news to be a name word after a title unless they are given names: the frequency profile of the
/// word-cluster table (learned from unlabeled SaudiNewsNet) at its top bins, minus the given names the recognizer knows.
/// «إيدي بشكل دبلوماسي» and «الرئيس الفرنسي يأتي عشية…» end the name at بشكل and يأتي; «يانا مولر» (rare forms) does not.
/// </summary>
internal static class CommonWords
{
    // Bins of the "f" profile column: f5 and above are the few thousand most frequent forms of the corpus.
    private const int FrequentBin = 5;

    private static readonly Lazy<FrozenSet<string>> s_givenNames = new(() =>
        NerLexicon.EmbeddedGivenNames().ToFrozenSet(StringComparer.Ordinal));

    public static bool IsFrequentNonName(string key)
    {
        if (WordClusters.Embedded.Of(key) is not { } classes || s_givenNames.Value.Contains(key)) return false;
        foreach (var c in classes)
            if (c.Length == 2 && c[0] == 'f' && c[1] - '0' >= FrequentBin) return true;
        return false;
    }
}
