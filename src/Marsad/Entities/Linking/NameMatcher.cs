using Marsad.Entities.Gazetteer;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>A gazetteer name at a token; <paramref name="FusedArticle"/>: read with the article's alef put back after the preposition ل (للأمم → الأمم).</summary>
internal readonly record struct NameMatch(int Length, int Stripped, NameEntry Entry, bool FusedArticle = false);

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
                    if (!accept(entry) || entry.NeedsContext && !ContextAllows(s, i, n, entry, stripped, n == 1 ? first : null)) continue;
                    best = new NameMatch(n, stripped, entry, ProcliticVariants.IsFusedArticle(s.Key(i), first, stripped));
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
    /// alone: «وفازت جوردان بالمركز الأول» names a singer, «فريق جوردان» the team. A club or armed group the article has
    /// already named is that organization at its bare name too (<see cref="NamedBefore"/>).
    /// </summary>
    private static bool ContextAllows(ScanState s, int i, int length, NameEntry entry, int stripped, string? oneWord)
    {
        var club = entry.Entity.Kind == ClubKind;
        if (NamedBefore(s, i, length, entry.Entity)) return true;
        var needed = entry.Entity.Type == EntityType.ORG ? ContextKind.Outlet | ContextKind.Org : ContextKind.Place;
        if (club) needed |= ContextKind.Match;
        if (entry.Entity.Type != EntityType.ORG && stripped > 0 && s.Key(i)[stripped - 1] == 'ب') return true;
        var p = s.Previous(i);
        if (p < 0) return false;
        var context = s.ContextOf(p);
        if ((context & needed) == 0 || club && (context & ContextKind.Facility) != 0) return false;
        return !(club && (context & (ContextKind.Outlet | ContextKind.Org)) == 0 && oneWord is not null && NameWordEvidence.IsGivenName(oneWord));
    }

    /// <summary>
    /// After «تنظيم القاعدة» or «نادي الهلال», the article's bare «القاعدة» or «الهلال» is that group or club: an
    /// organization of these kinds (a club, an armed group) named earlier in the article by any of its names. Not when a
    /// definite relative adjective follows that makes the word common again (القاعدة الجوية, a base; the object in
    /// «يحتل الوصل المركز الرابع» is no adjective), nor after a facility word (ملعب الحسين is a stadium).
    /// </summary>
    private static bool NamedBefore(ScanState s, int i, int length, KnownEntity entity)
    {
        if (entity.Kind is not (ClubKind or ArmedKind)) return false;
        var p = s.Previous(i);
        if (p >= 0 && (s.ContextOf(p) & ContextKind.Facility) != 0) return false;
        var next = i + length;
        if (next < s.SentenceEnd(i) && NisbaAdjective.IsDefiniteSingular(s.Tokens[next])) return false;
        foreach (var d in s.Drafts)
            if (d.First < i && d.EntityId == entity.Id) return true;
        return false;
    }

    // organizations.tsv's kinds of a sports club and of an armed group.
    internal const string ClubKind = "club";
    private const string ArmedKind = "armed";

    public static bool IsDefinite(ScanState s, int token) => CliticSegmenter.OpensWithArticle(s.Tokens[token].Normalized);

    public static bool IsStateNisba(ScanState s, int token) =>
        NameMatcher.Match(s, token, e => e.Kind == NameKind.Nisba && e.Entity.Type == EntityType.GPE, allowClitics: false) is { Length: 1 };
}
