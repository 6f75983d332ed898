using System.Collections.Frozen;
using Marsad.LanguageData;
using Marsad.Text.Normalization;

namespace Marsad.Text.Morphology;

/// <summary>
/// Broken plurals of common news nouns (Resources/Text/broken-plurals.tsv) and the light stem of their singular, so that
/// «أدلة» and «دليلاً» compare as one word where a light stem alone leaves them apart (ادل against دليل). A table, not
/// rules: broken plural patterns (أفعلة، فعول، مفاعل …) also match countless words that are no plurals.
/// Looked up by the word's clitic-free base candidates (<see cref="WordAnalysis.Candidates"/>, longest first), so
/// «والأدلة» and «وثائق» are found whichever way the segmenter chose to read a و or ب that may be a clitic.
/// </summary>
public static class BrokenPlurals
{
    private static readonly FrozenDictionary<string, string> s_singularStems = LanguageFile.DataLines("Text", "broken-plurals.tsv")
        .Select(line => line.Text.Split('\t'))
        .ToFrozenDictionary(columns => MatchingKey.Of(columns[0].Trim()), columns => LightStemmer.Stem(MatchingKey.Of(columns[1].Trim())), StringComparer.Ordinal);

    /// <summary>The light stem of the singular when the word is a listed broken plural, else null.</summary>
    public static string? SingularStem(WordAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        foreach (var candidate in analysis.Candidates)
            if (s_singularStems.TryGetValue(candidate, out var stem)) return stem;
        return null;
    }
}
