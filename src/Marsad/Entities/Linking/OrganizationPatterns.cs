using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

internal readonly record struct EmbassyMatch(int End, int Stripped, KnownEntity State, KnownEntity? Place);

internal readonly record struct BodyMatch(int End, int Stripped, bool FusedArticle);

/// <summary>
/// Organizations named by pattern rather than by row: an embassy of a state, a national body named by its purpose or
/// state, an organization word followed by a Latin acronym.
/// </summary>
internal static class OrganizationPatterns
{
    /// <summary>السفارة التركية لدى بغداد / سفارة إيران في ألبانيا: the embassy of a state, in a place when named.</summary>
    public static EmbassyMatch? MatchEmbassy(ScanState s, int i)
    {
        var stripped = -1;
        foreach (var (key, letters) in s.Variants(i))
            if (key is "السفاره" or "سفاره") { stripped = letters; break; }
        if (stripped < 0 || i + 1 >= s.Tokens.Count || !s.InSentence(i + 1, s.SentenceOf[i])) return null;
        if (NameMatcher.Match(s, i + 1, NameMatcher.IsState, allowClitics: false) is not { } state) return null;
        var end = i + 1 + state.Length;
        KnownEntity? place = null;
        if (end + 1 < s.Tokens.Count && s.InSentence(end + 1, s.SentenceOf[i]) && s.Key(end) is "لدي" or "في"
            && NameMatcher.Match(s, end + 1, e => e.Kind is NameKind.Place or NameKind.Name && e.Entity.Type is EntityType.LOC or EntityType.GPE, allowClitics: false) is { } where)
        {
            place = where.Entry.Entity;
            end = end + 1 + where.Length;
        }
        return new EmbassyMatch(end, stripped, state.Entry.Entity, place);
    }


    /// <summary>
    /// A state's own body named by what it is for: a head noun, a national adjective, then a purpose in ل (للأمن
    /// السيبراني، لمكافحة الفساد) running on through definite words, and/or a state's nisba: «الهيئة الوطنية للأمن
    /// السيبراني», «المركز الوطني للأرصاد السعودي», «المجلس الوطني الفلسطيني». Words in context.tsv (bodyhead, national).
    /// </summary>
    public static BodyMatch? MatchNationalBody(ScanState s, int i)
    {
        var stripped = -1;
        var fused = false;
        foreach (var (key, letters, word) in s.Variants(i))
            if ((word.Context & ContextKind.BodyHead) != 0)
            {
                stripped = letters;
                fused = ProcliticVariants.IsFusedArticle(s.Key(i), key, letters);
                break;
            }
        if (stripped < 0 || !s.InSentence(i + 1, s.SentenceOf[i]) || (s.Variants(i + 1)[0].Word.Context & ContextKind.National) == 0) return null;
        var end = i + 2;
        var purpose = false;
        if (s.InSentence(end, s.SentenceOf[i]) && s.IsArabicWord(end) && s.Key(end) is { Length: > 3 } lam && lam[0] == 'ل' && !NameMatcher.IsStateNisba(s, end))
        {
            purpose = true;
            end++;
            // The purpose runs on through definite words and their coordination (للشؤون الاقتصادية والاجتماعية).
            while (end < i + 8 && s.InSentence(end, s.SentenceOf[i]) && s.IsArabicWord(end) && !NameMatcher.IsStateNisba(s, end)
                   && (s.Key(end).StartsWith("ال", StringComparison.Ordinal) || s.Key(end).StartsWith("وال", StringComparison.Ordinal))
                   && (s.ContextOf(end) & (ContextKind.Stop | ContextKind.Title)) == 0)
                end++;
        }
        var nisba = s.InSentence(end, s.SentenceOf[i]) && NameMatcher.IsStateNisba(s, end);
        if (nisba) end++;
        return purpose || nisba ? new BodyMatch(end, stripped, fused) : null;
    }

    /// <summary>An organization word followed by Latin capitals (مجموعة ERG): length in tokens, or null.</summary>
    public static int? MatchOrgAcronym(ScanState s, int i)
    {
        if ((s.ContextOf(i) & ContextKind.Org) == 0) return null;
        var end = i + 1;
        while (end < s.Tokens.Count && s.InSentence(end, s.SentenceOf[i]) && s.Tokens[end].Kind == TokenKind.LatinWord
               && s.Tokens[end].Normalized.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            end++;
        return end > i + 1 ? end - i : null;
    }
}
