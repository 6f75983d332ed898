using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

internal readonly record struct NameMatch(int Length, int Stripped, NameEntry Entry);

/// <summary>
/// The longest gazetteer name at a token that an acceptance test admits, with the proclitic letters it stripped.
/// </summary>
internal static class NameMatcher
{
    public static bool IsPrimaryName(NameEntry e) =>
        e.Kind is NameKind.Name or NameKind.Description or NameKind.LoadedTerm or NameKind.Place or NameKind.Nisba or NameKind.StandaloneShort;

    public static bool IsState(NameEntry e) =>
        e.Entity.Type == EntityType.GPE && e.Kind is NameKind.Name or NameKind.Nisba or NameKind.LoadedTerm;

    public static NameMatch? Match(ScanState s, int i, Func<NameEntry, bool> accept, bool allowClitics)
    {
        NameMatch? best = null;
        var sentenceEnd = s.SentenceEnd(i);
        foreach (var (first, stripped, word) in s.Variants(i))
        {
            if (stripped > 0 && !allowClitics) break;
            var max = Math.Min(word.NameWords, sentenceEnd - i);
            for (var n = max; n >= 1 && n > (best?.Length ?? 0); n--)
            {
                foreach (var entry in n == 1 ? word.Names : s.Gazetteer.Lookup(s.PhraseKeySpan(first, i, n)))
                {
                    if (!accept(entry) || entry.NeedsContext && !ContextAllows(s, i, entry, stripped, n == 1 ? first : null)) continue;
                    best = new NameMatch(n, stripped, entry);
                    break;
                }
                if (best?.Length == n) break;
            }
        }
        return best;
    }

    /// <summary>
    /// An ambiguous name (marked ? in the data) counts only after a word that announces its kind; a club also after a
    /// word of a match (فاز الوحدات), and never after a facility word: «مركز الحسين» is a centre, not the club. A club
    /// whose one word is a given name (<paramref name="oneWord"/>, given-names.txt) is a person after a word of a match
    /// alone: «وفازت جوردان بالمركز الأول» names a singer, «فريق جوردان» the team.
    /// </summary>
    private static bool ContextAllows(ScanState s, int i, NameEntry entry, int stripped, string? oneWord)
    {
        var club = entry.Entity.Kind == ClubKind;
        var needed = entry.Entity.Type == EntityType.ORG ? ContextKind.Outlet | ContextKind.Org : ContextKind.Place;
        if (club) needed |= ContextKind.Match;
        if (entry.Entity.Type != EntityType.ORG && stripped > 0 && s.Key(i)[stripped - 1] == 'ب') return true;
        var p = s.Previous(i);
        if (p < 0) return false;
        var context = s.ContextOf(p);
        if ((context & needed) == 0 || club && (context & ContextKind.Facility) != 0) return false;
        return !(club && (context & (ContextKind.Outlet | ContextKind.Org)) == 0 && oneWord is not null && NameWordEvidence.IsGivenName(oneWord));
    }

    // organizations.tsv's kind of a sports club.
    private const string ClubKind = "club";

    public static bool IsDefinite(ScanState s, int token) => s.Tokens[token].Normalized.StartsWith("ال", StringComparison.Ordinal);

    public static bool IsStateNisba(ScanState s, int token) =>
        NameMatcher.Match(s, token, e => e.Kind == NameKind.Nisba && e.Entity.Type == EntityType.GPE, allowClitics: false) is { Length: 1 };
}
