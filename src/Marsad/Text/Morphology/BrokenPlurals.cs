using System.Collections.Frozen;
using Marsad.LanguageData;
using Marsad.Text.Normalization;

namespace Marsad.Text.Morphology;

/// <summary>
/// Plurals of common news nouns that a light stem cannot bring to their singular (Resources/Text/broken-plurals.tsv:
/// broken plurals, and plurals sound in form but of another singular's pattern, هجمات of هجوم) and the light stem of
/// that singular, so that «أدلة» and «دليلاً» compare as one word where a light stem alone leaves them apart (ادل
/// against دليل), and «الهجمات» is searched as «الهجوم». A table, not rules: broken plural patterns (أفعلة، فعول،
/// مفاعل …) also match countless words that are no plurals.
/// The one fold of a plural to its singular: the stories step's word terms and the search index's terms are both
/// <see cref="Stem"/>.
/// Looked up by the word's clitic-free base candidates (<see cref="WordAnalysis.Candidates"/>, longest first), so
/// «والأدلة» and «وثائق» are found whichever way the segmenter chose to read a و or ب that may be a clitic.
/// </summary>
public static class BrokenPlurals
{
    private static readonly FrozenDictionary<string, string> s_singularStems = LanguageFile.DataLines("Text", "broken-plurals.tsv")
        .Select(line => line.Text.Split('\t'))
        .ToFrozenDictionary(columns => MatchingKey.Of(columns[0].Trim()), columns => LightStemmer.Stem(MatchingKey.Of(columns[1].Trim())), StringComparer.Ordinal);

    /// <summary>
    /// The stem a word counts as where words are compared or searched: its singular's light stem when it is a listed
    /// plural, else its own light stem (which already meets a sound plural with its singular: المسؤولين and مسؤول at مسوول).
    /// </summary>
    public static string Stem(WordAnalysis analysis) => SingularStem(analysis) ?? analysis.Stem;

    /// <summary>The light stem of the singular when the word is a listed plural, else null.</summary>
    public static string? SingularStem(WordAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        // Candidates run longest first, so the first is the whole word.
        var endsInYa = analysis.Candidates[0][^1] == 'ي';
        foreach (var candidate in analysis.Candidates)
        {
            // A final ي the candidate leaves off is a nisba's, not the pronoun «my»: المدني is civil, not my cities
            // (مدن), الصحفي a journalist, not my newspapers, and the pronoun is rare in news.
            if (endsInYa && candidate[^1] != 'ي') continue;
            if (s_singularStems.TryGetValue(candidate, out var stem)) return stem;
        }
        return null;
    }
}
