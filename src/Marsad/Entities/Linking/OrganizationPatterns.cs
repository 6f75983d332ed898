using Marsad.Text.Morphology;
using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

internal readonly record struct EmbassyMatch(int End, int Stripped, KnownEntity State, KnownEntity? Place);

internal readonly record struct BodyMatch(int End, int Stripped, bool FusedArticle);

internal readonly record struct MinistryMatch(int End, int Stripped);

/// <summary>
/// Organizations named by pattern rather than by row: an embassy of a state, a national body named by its purpose or
/// state, an organization word followed by a Latin acronym.
/// </summary>
internal static class OrganizationPatterns
{
    /// <summary>
    /// السفارة التركية لدى بغداد / سفارة إيران في ألبانيا: the embassy of a state, in a place when named. The mission's
    /// noun and the preposition before its place are context.tsv's `mission` and `missionhost` words; the noun is read
    /// through its proclitics (والسفارة), the preposition only as written.
    /// </summary>
    public static EmbassyMatch? MatchEmbassy(ScanState s, int i)
    {
        var stripped = -1;
        foreach (var (_, letters, word) in s.Variants(i))
            if ((word.Context & ContextKind.Mission) != 0) { stripped = letters; break; }
        if (stripped < 0 || i + 1 >= s.Tokens.Count || !s.InSentence(i + 1, s.SentenceOf[i])) return null;
        if (NameMatcher.Match(s, i + 1, NameMatcher.IsState, allowClitics: false) is not { } state) return null;
        var end = i + 1 + state.Length;
        KnownEntity? place = null;
        if (end + 1 < s.Tokens.Count && s.InSentence(end + 1, s.SentenceOf[i]) && (s.Variants(end)[0].Word.Context & ContextKind.MissionHost) != 0
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
                   && (CliticSegmenter.OpensWithArticle(s.Key(end)) || CliticSegmenter.OpensWithWaAndArticle(s.Key(end)))
                   && (s.ContextOf(end) & (ContextKind.Stop | ContextKind.Title)) == 0)
                end++;
        }
        var nisba = s.InSentence(end, s.SentenceOf[i]) && NameMatcher.IsStateNisba(s, end);
        if (nisba) end++;
        return purpose || nisba ? new BodyMatch(end, stripped, fused) : null;
    }

    /// <summary>
    /// A ministry named by its portfolio: «وزارة» (context.tsv `ministry`) and the words of what it is for, each one of
    /// context.tsv's `portfolio` words, the first right after it, the rest either adjectives or coordinated with و: «وزارة
    /// الموارد المائية والري», «وزارة التعليم العالي والبحث العلمي», «وزارة الشؤون البلدية والقروية»; closed by a state's
    /// nisba when one follows («وزارة الشباب والرياضة المصرية»). A word outside the class ends it, so the verb's object
    /// is no part of the name: «طالبت وزارة الصحة المواطنين».
    /// </summary>
    public static MinistryMatch? MatchMinistry(ScanState s, int i)
    {
        if (MatchPortfolio(s, i, ContextKind.Ministry) is not { } head) return null;
        var (end, stripped, sentence) = (head.End, head.Stripped, s.SentenceOf[i]);
        if (s.InSentence(end, sentence) && NameMatcher.IsStateNisba(s, end)) return new MinistryMatch(end + 1, stripped);
        // «وزارة الخارجية في البحرين»: the state the ministry sits in is its state.
        if (s.InSentence(end + 1, sentence) && s.Key(end) == "في"
            && NameMatcher.Match(s, end + 1, NameMatcher.IsState, allowClitics: false) is { } state)
            return new MinistryMatch(end + 1 + state.Length, stripped);
        return new MinistryMatch(end, stripped);
    }

    /// <summary>
    /// A head word of <paramref name="headKind"/> (context.tsv `ministry` «وزارة», `minister` «وزير/وزيرة») and the
    /// portfolio words after it, the first right after it, the rest adjectives or joined by و: its end before any state.
    /// </summary>
    public static MinistryMatch? MatchPortfolio(ScanState s, int i, ContextKind headKind)
    {
        var stripped = -1;
        foreach (var (key, letters, word) in s.Variants(i))
            if ((word.Context & headKind) != 0 && !ProcliticVariants.IsFusedArticle(s.Key(i), key, letters)) { stripped = letters; break; }
        var sentence = s.SentenceOf[i];
        if (stripped < 0 || !IsPortfolioWord(s, i + 1, sentence, conjoined: false)) return null;
        var end = i + 2;
        while (end < i + MaxPortfolioWords + 1 && IsPortfolioWord(s, end, sentence, conjoined: true)) end++;
        return new MinistryMatch(StatePortfolioEnd(s, end - 1, end), stripped);
    }

    /// <summary>
    /// Where a minister of state's portfolio, which follows with ل, ends when it opens at <paramref name="at"/> and
    /// <paramref name="last"/> is his «الدولة» (context.tsv `stateminister`): «وزير الدولة للشؤون الخارجية», «وزير الدولة
    /// الإماراتي للشؤون الخارجية» (the state between); <paramref name="at"/> when there is none.
    /// </summary>
    public static int StatePortfolioEnd(ScanState s, int last, int at)
    {
        var sentence = s.SentenceOf[last];
        if ((s.Variants(last)[0].Word.Context & ContextKind.StateMinister) == 0 || !IsPortfolioWordAfterLam(s, at, sentence)) return at;
        var end = ConstructComplementEnd(s, at, sentence) ?? at + 1;
        while (end < at + MaxPortfolioWords && IsPortfolioWord(s, end, sentence, conjoined: true)) end++;
        return end;
    }

    // How many indefinite nouns a construct chain may hold before the definite word that closes it.
    private const int MaxConstructNouns = 2;

    /// <summary>
    /// A portfolio word after ل without the article is in construct with what it is for, which runs to the first definite
    /// word over indefinite nouns: «لشؤون مجلس الوزراء», «لشؤون مجلس الشورى», «لشؤون الإعلام». The end past that word, or
    /// null when the chain meets a stop word, a title or punctuation first, or the word takes the article (للشؤون).
    /// </summary>
    private static int? ConstructComplementEnd(ScanState s, int at, int sentence)
    {
        if (CliticSegmenter.OpensWithLamBeforeArticle(s.Tokens[at].Normalized)) return null;
        for (var k = at + 1; k <= at + MaxConstructNouns + 1 && s.InSentence(k, sentence) && s.IsArabicWord(k); k++)
        {
            if (NameWords.IsDefiniteWord(s, k)) return k + 1;
            if ((s.ContextOf(k) & (ContextKind.Stop | ContextKind.Title)) != 0 && (s.ContextOf(k) & ContextKind.Org) == 0) return null;
        }
        return null;
    }

    /// <summary>A portfolio word after the preposition ل: «لشؤون», «للشؤون».</summary>
    private static bool IsPortfolioWordAfterLam(ScanState s, int i, int sentence) =>
        s.InSentence(i, sentence) && s.IsArabicWord(i) && s.Key(i)[0] == 'ل'
        && s.Variants(i).Any(v => v.Stripped == 1 && (v.Word.Context & ContextKind.Portfolio) != 0);

    private const int MaxPortfolioWords = 8;

    /// <summary>A word of a ministry's portfolio, whole or, when <paramref name="conjoined"/>, after و: «الموارد», «والري».</summary>
    private static bool IsPortfolioWord(ScanState s, int i, int sentence, bool conjoined)
    {
        if (!s.InSentence(i, sentence) || !s.IsArabicWord(i)) return false;
        var variants = s.Variants(i);
        if ((variants[0].Word.Context & ContextKind.Portfolio) != 0) return true;
        return conjoined && s.Key(i)[0] == 'و' && variants.Length > 1 && variants[1].Stripped == 1
               && (variants[1].Word.Context & ContextKind.Portfolio) != 0;
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
