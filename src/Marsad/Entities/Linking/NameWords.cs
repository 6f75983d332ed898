using Marsad.Text.Morphology;
using System.Collections.Frozen;
using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>
/// What the passes know of the words around and inside a person's name.
/// </summary>
internal static class NameWords
{
    // The word lists of Resources/Entities/name-words.tsv: name particles (محمد بن سلمان، عبد الله), the family آل, the
    // particles of lineage («سلطان بن سلمان بن عبد العزيز» is Sultan, son of Salman, son of Abdulaziz).
    public static FrozenSet<string> Particles => NameWordList.Default.Particles;
    public static string Family => NameWordList.Default.Family;
    public static FrozenSet<string> Lineage => NameWordList.Default.Lineage;

    /// <summary>
    /// Whether the word at <paramref name="k"/> stands in a lineage, right before or after بن/بنت/ابن in its sentence: the
    /// word before the particle is a person's first name (سلطان، مساعد, however common the word), the word after it his
    /// father's, so neither is an office, a short name of someone else nor a person of its own.
    /// </summary>
    public static bool InLineage(ScanState s, int k) => OpensLineage(s, k) || FollowsLineage(s, k);

    /// <summary>Whether a lineage particle and a word follow <paramref name="k"/> in its sentence: «مساعد بن محمد».</summary>
    public static bool OpensLineage(ScanState s, int k) =>
        k + 2 < s.Tokens.Count && s.SentenceOf[k + 2] == s.SentenceOf[k] && Lineage.Contains(s.Key(k + 1)) && s.IsArabicWord(k + 2);

    /// <summary>Whether a lineage particle comes right before <paramref name="k"/> in its sentence: «بن عبد العزيز».</summary>
    public static bool FollowsLineage(ScanState s, int k) =>
        k > 0 && s.SentenceOf[k - 1] == s.SentenceOf[k] && Lineage.Contains(s.Key(k - 1));

    // After an office, these make it a past holder (الرئيس الأمريكي الأسبق): only a name next to it says who.
    public static FrozenSet<string> Former => NameWordList.Default.Former;

    // Words that may stand between an office and its holder's name: الرئيس الأمريكي الجديد جو بايدن.
    public static FrozenSet<string> OfficeModifiers => NameWordList.Default.OfficeModifiers;

    // للجمهورية، بمناسبة: a word the segmenter splits into a preposition or the article does not start a name
    // (a family name may still look like one: باليغ). A word that begins with the article is definite. A preposition or
    // an article after و/ف counts only when the word with those letters taken off, enclitics and all, is a form news
    // writes: كارولينا، ليفاندوفسكي، بيرنارد, كاترينا (ك + اتري + نا: a rare base, but اترينا is written nowhere) and
    // فاليريا (ف + ال + يريا) are transliterated names read whole; بمناسبتها (مناسبتها) and والحكومة (الحكومة) are not.
    // A given name of given-names.txt is read whole too, whatever the rest is: كارين is no ك + ارين.
    public static bool HasPrepositionOrArticle(ScanState s, int token) =>
        s.Input.Words is { } words && token < words.Count && words[token] is { } analysis
        && !NameWordEvidence.IsGivenName(s.Key(token))
        && (analysis.IsDefinite && CliticSegmenter.OpensWithArticle(s.Key(token))
            || analysis.Proclitics.Any(p => p is "ال" or "ب" or "ل" or "ك")
               && s.Variants(token).Any(v => v.Stripped > 0 && NameWordEvidence.FrequencyBin(v.Key) >= 0));

    // «وولي عهده», «وتعيين ماجد»: a word the segmenter splits into و/ف and a form news writes does not start the name of
    // the title before it — it starts the next item of a list or clause. Given names read whole stay (وليد، وائل), as
    // do transliterations whose rest is written nowhere (ويليام).
    public static bool HasConjunction(ScanState s, int token) =>
        s.Input.Words is { } words && token < words.Count && words[token] is { Proclitics: ["و" or "ف", ..] }
        && !NameWordEvidence.IsGivenName(s.Key(token))
        && s.Variants(token).Any(v => v.Stripped > 0 && NameWordEvidence.FrequencyBin(v.Key) >= 0);

    /// <summary>
    /// Whether the word at <paramref name="token"/> is a common word with a pronoun suffix (تحياته، مواقفكم): the
    /// segmenter finds an enclitic pronoun and its base (no clitics) is frequent in news and no given name. Names that end
    /// in the same letters (فقيه، عبده، نزيه) have no such frequent base.
    /// </summary>
    public static bool HasPronounSuffix(ScanState s, int token)
    {
        if (s.Input.Words is not { } words || token >= words.Count || words[token] is not { Enclitics.Count: > 0 } analysis) return false;
        return !NameWordEvidence.IsGivenName(s.Key(token)) && analysis.Base.Length >= 3 && NameWordEvidence.IsFrequentNonName(analysis.Base);
    }

    /// <summary>
    /// Whether the word at <paramref name="token"/> is a noun with an attached pronoun of more than one letter (هم، ها،
    /// هما، هن، كم، كما: «شعورهم», «حسابها») on a base news writes, no article and no given name: no family name carries
    /// a pronoun. Weaker than <see cref="HasPronounSuffix"/>, which asks for a frequent base and takes ه too.
    /// </summary>
    public static bool IsPossessedNoun(ScanState s, int token) =>
        s.IsArabicWord(token) && !IsDefiniteWord(s, token) && s.Input.Words is { } words && token < words.Count
        && !NameWordEvidence.IsGivenName(s.Key(token))
        && (words[token] is { HasLongThirdPersonPronoun: true } analysis
            && analysis.Base.Length >= 3 && NameWordEvidence.FrequencyBin(analysis.Base) >= 0
            || HasSecondPersonPronounOnANoun(s.Key(token), words[token]));

    /// <summary>
    /// «حسن استقبالكم», «كريم لطفكما», «حكومتكم»: the segmenter never reports كم/كما as the word's pronoun (حكم and كما
    /// end so far more often), only a candidate base without them (ت back to ة); that base is the noun when news mostly
    /// writes it with the article (<see cref="NameWordEvidence.IsCommonNoun"/>: الاستقبال), as no name ending so is.
    /// </summary>
    private static bool HasSecondPersonPronounOnANoun(string key, Marsad.Text.Morphology.WordAnalysis? analysis) =>
        analysis is not null
        && Marsad.Text.Morphology.CliticSegmenter.SecondPersonPluralPronounLength(key) is var pronoun and > 0
        && key[..^pronoun] is var stem
        && analysis.Candidates.Any(c => c.Length >= 3 && NameWordEvidence.IsCommonNoun(c)
                                        && (stem.EndsWith(c, StringComparison.Ordinal)
                                            || c[^1] == 'ه' && stem.EndsWith(string.Concat(c.AsSpan(0, c.Length - 1), "ت"), StringComparison.Ordinal)));

    /// <summary>
    /// Hospitals, universities, airports and streets are named after people, often through a title (مستشفى الملك فهد،
    /// جامعة الملك سعود، مطار الملك خالد): a person's name right after a facility word in construct, or after it and one
    /// definite word, is the facility's name and no mention of the person — whether the tagger or a title found it.
    /// </summary>
    public static bool NamesAFacility(ScanState s, int first) =>
        first > 0 && (s.ContextOf(first - 1) & ContextKind.Facility) != 0 && !IsDefiniteWord(s, first - 1)
        || first > 1 && (s.ContextOf(first - 2) & ContextKind.Facility) != 0 && !IsDefiniteWord(s, first - 2) && IsDefiniteWord(s, first - 1);

    /// <summary>
    /// The prayers are called by their times (صلاة المغرب، أذان الفجر): the word right after a prayer or its call in
    /// construct (context.tsv `prayer`) is the time, no name, whatever a state or the tagger calls it (المغرب, Morocco).
    /// </summary>
    public static bool NamesAPrayerTime(ScanState s, int first) =>
        s.Previous(first) is var p and >= 0 && (s.ContextOf(p) & ContextKind.Prayer) != 0 && !IsDefiniteWord(s, p);

    /// <summary>
    /// A title word in construct with the definite word it heads, «شيخ الأزهر», «مفتي الديار»: the indefinite of a
    /// context.tsv title (شيخ for الشيخ) at <paramref name="first"/>, the definite word right after it.
    /// </summary>
    public static bool IsTitleInConstruct(ScanState s, int first) =>
        first + 1 < s.Tokens.Count && !IsDefiniteWord(s, first) && IsDefiniteWord(s, first + 1)
        && (s.Gazetteer.Context(Marsad.Text.Morphology.CliticSegmenter.Article + s.Key(first)) & ContextKind.Title) != 0;

    /// <summary>A word in the future («سيقاتل», «سنواصل», «سأقوم») is no name word: the tagger and a title's name end before it.</summary>
    public static bool IsFutureVerb(ScanState s, int token) =>
        s.IsArabicWord(token) && InflectedVerb.IsFutureImperfect(s.Key(token), s.Tokens[token].Normalized);

    /// <summary>
    /// A number word of Resources/Time/numbers.tsv (الثاني، عشر), by key: the regnal number closing a name (عبد الله الثاني،
    /// بنديكت السادس عشر) is no family name, and alone it is the ordinal news writes everywhere («المركز الثاني»).
    /// </summary>
    public static bool IsNumberWord(string key) => Time.Lexicon.TimeLexicon.Default.Numbers.TryWord(key, out _);

    /// <summary>Context words no name runs over: stop words, titles, place words, outlets and organisation words.</summary>
    public const ContextKind EndsAName = ContextKind.Stop | ContextKind.Title | ContextKind.Locative | ContextKind.Outlet | ContextKind.Org;

    /// <summary>
    /// Whether the word right before <paramref name="first"/>, in its sentence, is an Arabic word with the article whose form
    /// without it is a context word of <paramref name="kind"/>: the definite head a nisba describes, «الدوري السعودي»
    /// (competition), «الإمبراطورية الرومانية» (era). The one test both passes reading such a head use.
    /// </summary>
    public static bool AfterDefiniteContextWord(ScanState s, int first, ContextKind kind)
    {
        var k = first - 1;
        if (k < 0 || s.SentenceOf[k] != s.SentenceOf[first] || !s.IsArabicWord(k) || !IsDefiniteWord(s, k)) return false;
        foreach (var (key, _, _) in s.Variants(k))
            if (CliticSegmenter.OpensWithArticle(key) && (s.Gazetteer.Word(key[CliticSegmenter.Article.Length..]).Context & kind) != 0)
                return true;
        return false;
    }

    /// <summary>Whether the text stage found the article on word <paramref name="k"/> (after any proclitic: والملك).</summary>
    public static bool IsDefiniteWord(ScanState s, int k) => s.Input.Words is { } words && k < words.Count && words[k] is { } word && word.IsDefinite;

    // A word frequent in news and no given name, whether or not it carries a proclitic (بفرح، وكاد).
    public static bool IsFrequentWord(ScanState s, int token) =>
        s.IsArabicWord(token) && s.Variants(token)[0] is var (key, _) && NameWordEvidence.IsFrequentNonName(key);
}
