using System.Collections.Frozen;
using Marsad.Text.Normalization;

namespace Marsad.LanguageData;

/// <summary>
/// The auxiliary verbs of the كان family, of nearness and of beginning, and the particles that go with them
/// (Resources/Text/auxiliary-verbs.tsv), as matching keys: in nominal order they stand between a subject and its main
/// verb («البحرية الهندية باتت تقول»), so a reader looking back from the verb for its subject steps over them.
/// </summary>
internal static class AuxiliaryVerbs
{
    private static readonly FrozenDictionary<string, bool> s_words = LanguageFile.DataLines("Text", "auxiliary-verbs.tsv")
        .Select(l => l.Text.Split('\t'))
        .ToFrozenDictionary(f => MatchingKey.Of(f[0].Trim()), f => f[1].Trim() == "auxiliary", StringComparer.Ordinal);

    /// <summary>Whether <paramref name="key"/> (a matching key) is an auxiliary or one of its particles («كان», «لا», «لم»).</summary>
    public static bool Contains(string key) => s_words.ContainsKey(key);

    /// <summary>Whether <paramref name="key"/> (a matching key) is an auxiliary verb itself («كان», «باتت»), not a particle.</summary>
    public static bool IsAuxiliary(string key) => s_words.TryGetValue(key, out var auxiliary) && auxiliary;

    /// <summary>
    /// Where a subject written before <paramref name="verb"/> ends: before the auxiliaries and their particles right
    /// before it («كانت قد», «لا تزال»), or at <paramref name="verb"/> when no auxiliary stands there (a particle alone,
    /// «الحكومة لم تقل», is the verb's own negation, not an auxiliary's).
    /// </summary>
    public static int SubjectEnd(int verb, int first, Func<int, string> key)
    {
        var end = verb;
        var auxiliary = verb;
        while (end - 1 > first && s_words.TryGetValue(key(end - 1), out var isAuxiliary))
        {
            end--;
            if (isAuxiliary) auxiliary = end;
        }
        // A run of particles with no auxiliary in it is the verb's own («لم تقل»): the subject ends at the verb.
        return auxiliary == verb ? verb : end;
    }
}
