using System.Collections.Frozen;
using Marsad.Text.Normalization;

namespace Marsad.LanguageData;

/// <summary>
/// The function words every article carries whatever it reports (particles, pronouns, demonstratives, auxiliaries,
/// reporting verbs: Resources/Stories/stopwords.txt) as matching keys: left out of the stories step's term vectors, and
/// no head of an event's thing target. One reading of the file for both.
/// </summary>
internal static class FunctionWords
{
    public static FrozenSet<string> Keys { get; } =
        LanguageFile.DataLines("Stories", "stopwords.txt").Select(l => MatchingKey.Of(l.Text.Trim())).ToFrozenSet(StringComparer.Ordinal);
}
