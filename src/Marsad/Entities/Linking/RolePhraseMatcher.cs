using Marsad.Text.Morphology;
using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// A role phrase at a token and the state it names (a nisba, a state's name or a loaded term).
/// </summary>
internal static class RolePhraseMatcher
{
    /// <summary>A role phrase at <paramref name="i"/> and the state after it: a nisba, a state's name or a loaded term.</summary>
    public static RoleDraft? Match(ScanState s, int i)
    {
        // «نائب وزير النقل»: an office in construct after a deputy's noun is the deputy's, no holder's («بمساعدة» is «with
        // the help of»: the noun carries no preposition).
        if (s.Previous(i) is var p and >= 0 && s.Variants(p).Any(v => (v.Word.Context & ContextKind.Deputy) != 0 && (v.Stripped == 0 || v.Stripped == 1 && s.Key(p)[0] is 'و' or 'ف')))
            return null;
        var sentenceEnd = s.SentenceEnd(i);
        foreach (var (first, stripped, word) in s.Variants(i))
        {
            var max = Math.Min(word.RoleWords, sentenceEnd - i);
            for (var n = max; n >= 1; n--)
            {
                if ((n == 1 ? word.Role : s.Gazetteer.Role(s.PhraseKeySpan(first, i, n))) is not { } phrase) continue;
                // «سلطان بن عرار الدوسري», «خالد بن سلطان»: a one-word office without the article that stands in a
                // lineage is a first name (the Sultan of Oman is «السلطان قابوس»).
                if (n == 1 && !CliticSegmenter.OpensWithArticle(first) && NameWords.InLineage(s, i)) continue;
                return WithState(s, i, first, stripped, n, phrase);
            }
        }
        // «وزير الموارد المائية العراقي»: a minister named by his portfolio, the words a ministry is named with.
        if (OrganizationPatterns.MatchPortfolio(s, i, ContextKind.Minister) is not { } minister) return null;
        var role = WithState(s, i, s.Variants(i).First(v => v.Stripped == minister.Stripped).Key, minister.Stripped, minister.End - i, PortfolioMinister);
        // «وزير الدولة الإماراتي للشؤون الخارجية»: a minister of state's state may stand before his portfolio.
        if (role.State is not null && !role.LoadedSpec && OrganizationPatterns.StatePortfolioEnd(s, minister.End - 1, role.End) is var end && end > role.End)
        {
            // The office extended past its state is former or not by the word after the portfolio: «… للشؤون الخارجية السابق».
            role.End = end;
            role.Former = end < s.SentenceEnd(i) && NameWords.Former.Contains(s.Key(end));
        }
        return role;
    }

    /// <summary>The office of a minister named by his portfolio (roles.tsv names the offices it lists one by one).</summary>
    public static readonly RolePhrase PortfolioMinister = new("minister", null);

    /// <summary>The role phrase of <paramref name="n"/> words at <paramref name="i"/> and the state written after it.</summary>
    private static RoleDraft WithState(ScanState s, int i, string first, int stripped, int n, RolePhrase phrase)
    {
        var sentenceEnd = s.SentenceEnd(i);
        var role = new RoleDraft
        {
            First = i, End = i + n, Stripped = stripped, FusedArticle = ProcliticVariants.IsFusedArticle(s.Key(i), first, stripped), Phrase = phrase,
        };
        // A definite office (الرئيس، رئيس الوزراء) takes a definite nisba (الفرنسي); an office in construct
        // (رئيس وزراء، وزير خارجية) takes the state's name: «الأمير تركي» is a prince called Turki.
        // A one-word office is read as matched: «للرئيس» is ل + الرئيس, definite.
        var definite = CliticSegmenter.OpensWithArticle(n == 1 ? first : s.Key(i + n - 1));
        if (role.End < sentenceEnd && NameMatcher.Match(s, role.End, e => NameMatcher.IsState(e) && (e.Kind != NameKind.Nisba || definite && NameMatcher.IsDefinite(s, role.End)),
                allowClitics: false) is { } spec)
        {
            role.State = spec.Entry.Entity;
            role.LoadedSpec = spec.Entry.Kind == NameKind.LoadedTerm;
            role.End += spec.Length;
        }
        else if (phrase.FixedIso is not null) role.State = s.Gazetteer.StateByIso(phrase.FixedIso);
        role.Former = role.End < sentenceEnd && NameWords.Former.Contains(s.Key(role.End));
        return role;
    }
}
