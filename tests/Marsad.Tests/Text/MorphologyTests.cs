using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Text;

public sealed class MorphologyTests
{
    private static WordAnalysis Analyze(string word)
    {
        var token = Assert.Single(Tokenizer.Tokenize(ArabicNormalizer.Normalize(word)));
        return CliticSegmenter.Analyze(token)!;
    }

    private static string Segments(WordAnalysis a) => string.Join("+", [.. a.Proclitics, a.Base, .. a.Enclitics]);

    [Theory]
    [InlineData("ومعهما", "هما")]
    [InlineData("بيوتهم", "هم")]
    [InlineData("أبناؤهن", "هن")]
    [InlineData("سياراتها", "ها")]
    [InlineData("نفذته", "ه")]
    [InlineData("كتابنا", null)]
    [InlineData("مدرسة", "ه")]
    public void TheThirdPersonPronounAWordEndsInIsNamedByItsEndingAlone(string word, string? pronoun) =>
        Assert.Equal(pronoun, CliticSegmenter.ThirdPersonPronoun(Assert.Single(Tokenizer.Tokenize(ArabicNormalizer.Normalize(word))).Key));

    [Theory]
    [InlineData("وبالمدينة", "و+ب+ال+مدينه")]
    [InlineData("لإسرائيل", "ل+اسراييل")]
    [InlineData("للحكومة", "ل+ال+حكومه")]
    [InlineData("وألبانيا", "و+البانيا")]
    [InlineData("كتابهم", "كتاب+هم")]
    [InlineData("والدبلوماسيين", "و+ال+دبلوماسيين")]
    [InlineData("وقال", "و+قال")]
    [InlineData("كحلفاء", "ك+حلفاء")]
    [InlineData("حكومتهم", "حكومه+هم")]
    [InlineData("بلاده", "بلاد+ه")]
    [InlineData("فيها", "في+ها")]
    [InlineData("والوزير", "و+ال+وزير")]
    [InlineData("اتجاه", "اتجاه")]
    [InlineData("الذي", "الذي")]
    [InlineData("مهم", "مهم")]
    [InlineData("وهو", "و+هو")]
    [InlineData("بيانات", "بيانات")]
    [InlineData("علاقاتها", "علاقات+ها")]
    [InlineData("ذكرته", "ذكرت+ه")]
    public void SegmentsCliticsIntoBaseInKeyForm(string word, string segments) =>
        Assert.Equal(segments, Segments(Analyze(word)));

    [Theory]
    [InlineData("ليفاندوفسكي", "ليفاندوفسكي")]
    [InlineData("بوخارست", "بوخارست")]
    [InlineData("كوبنهاغن", "كوبنهاغن")]
    [InlineData("فيلنيوس", "فيلنيوس")]
    [InlineData("وبنزيما", "و+بنزيما")]
    [InlineData("ولشبونة", "و+لشبونه")]
    [InlineData("وكوفالتشوك", "و+كوفالتشوك")]
    public void AForeignNameKeepsTheFirstLetterThatLooksLikeAClitic(string word, string segments) =>
        Assert.Equal(segments, Segments(Analyze(word)));

    [Theory]
    [InlineData("بموسكو", "ب+موسكو")]
    [InlineData("لكييف", "ل+كييف")]
    [InlineData("وببوخارست", "و+ب+بوخارست")]
    [InlineData("كرئيس", "ك+رييس")]
    [InlineData("بتحييده", "ب+تحييد+ه")]
    [InlineData("وأمهل", "و+امهل")]
    public void APrepositionBeforeAFrequentOrRareWordIsStillCut(string word, string segments) =>
        Assert.Equal(segments, Segments(Analyze(word)));

    [Fact]
    public void NamesInASentenceKeepTheirLettersAfterARealConjunction()
    {
        var text = ArabicNormalizer.Normalize("سجل بنزيما هدفين وصنع ليفاندوفسكي ثالثا في مباراة ببوخارست");
        var segments = Tokenizer.Tokenize(text).Select(t => Segments(CliticSegmenter.Analyze(t)!));
        Assert.Equal("سجل بنزيما هدفين و+صنع ليفاندوفسكي ثالثا في مباراه ب+بوخارست", string.Join(" ", segments));
    }

    [Theory]
    [InlineData("وصول", "وصول")]
    [InlineData("وجود", "وجود")]
    [InlineData("فورا", "فورا")]
    [InlineData("وتابع", "و+تابع")]
    [InlineData("وذكر", "و+ذكر")]
    public void AConjunctionIsTheWordsOwnLetterWhenNewsWritesTheWholeFarMoreOftenThanTheRest(string word, string segments) =>
        Assert.Equal(segments, Segments(Analyze(word)));

    [Theory]
    [InlineData(6, 1, false)]
    [InlineData(5, 2, false)]
    [InlineData(5, 3, true)]
    [InlineData(2, 6, true)]
    [InlineData(3, -1, false)]
    [InlineData(-1, 0, true)]
    public void AProcliticIsRealUnlessTheWholeIsThreeBinsMoreFrequentOrTheRestUnwritten(int whole, int rest, bool proclitic) =>
        Assert.Equal(proclitic, FrequentForms.IsProclitic(whole, rest));

    [Fact]
    public void NewsWritingNeitherFormLeavesTheProcliticUndecided() =>
        Assert.Null(FrequentForms.IsProclitic("زقزقوط", "قزقوط"));

    [Fact]
    public void AListedWordIsNotCutIntoAConjunctionAndARemainder()
    {
        var analysis = Analyze("وزير");
        Assert.Equal("وزير", analysis.Base);
        Assert.Equal(["وزير"], analysis.Candidates);
    }

    [Theory]
    [InlineData("وبحث", "وبحث,بحث")]
    [InlineData("وبحثت", "وبحثت,بحثت")]
    [InlineData("وبعثوا", "وبعثوا,بعثوا")]
    [InlineData("لبحث", "لبحث,بحث")]
    public void AVerbWhoseFirstLetterLooksLikeAPrepositionIsNeverCutAfterIt(string word, string candidates) =>
        Assert.Equal(candidates, string.Join(",", Analyze(word).Candidates));

    [Theory]
    [InlineData("وبموجب", "موجب")]
    [InlineData("بشن", "شن")]
    [InlineData("وبحق", "حق")]
    public void APrepositionBeforeAnUnlistedWordStillOffersTheWordAfterIt(string word, string afterPreposition) =>
        Assert.Contains(afterPreposition, Analyze(word).Candidates);

    [Fact]
    public void CandidatesListEveryPlausibleBaseLongestFirst() =>
        Assert.Equal(["وبالمدينه", "بالمدينه", "المدينه", "مدينه"], Analyze("وبالمدينة").Candidates);

    [Fact]
    public void UncertainCliticsStillAddCandidates()
    {
        var analysis = Analyze("ستساعد");
        Assert.Equal("ستساعد", analysis.Base);
        Assert.Contains("تساعد", analysis.Candidates);
    }

    [Theory]
    [InlineData("الإيرانيون", "ايران")]
    [InlineData("الإيرانية", "ايران")]
    [InlineData("الإيراني", "ايران")]
    [InlineData("وألبانيا", "البان")]
    [InlineData("الألبانية", "البان")]
    public void StemStripsSuffixesOfTheBase(string word, string stem) =>
        Assert.Equal(stem, Analyze(word).Stem);

    [Theory]
    [InlineData("دامغاً", "دامغ")]
    [InlineData("دامغا", "دامغ")]
    [InlineData("دامغة", "دامغ")]
    [InlineData("دليلاً", "دليل")]
    [InlineData("رسمياً", "رسم")]
    [InlineData("رسمية", "رسم")]
    [InlineData("قوياً", "قوي")]
    [InlineData("جزءاً", "جزء")]
    [InlineData("وسوريا", "سور")]
    [InlineData("سورية", "سور")]
    public void StemDropsTheAccusativeTanweenAlef(string word, string stem) =>
        Assert.Equal(stem, Analyze(word).Stem);

    [Theory]
    [InlineData("دعا", "دعا")]
    [InlineData("معا", "معا")]
    [InlineData("قالها", "قال")]
    public void StemKeepsTheAlefOfThreeLetterWordsAndLeavesHaToThePronounRule(string word, string stem) =>
        Assert.Equal(stem, Analyze(word).Stem);

    [Fact]
    public void LatinWordIsItsOwnBase()
    {
        var analysis = Analyze("NATO");
        Assert.Equal(("nato", "nato"), (analysis.Base, analysis.Stem));
        Assert.Empty(analysis.Proclitics);
    }

    [Fact]
    public void NumbersHaveNoAnalysis() =>
        Assert.Null(CliticSegmenter.Analyze(Assert.Single(Tokenizer.Tokenize(ArabicNormalizer.Normalize("2022")))));

    [Theory]
    [InlineData("ايرانيون")]
    [InlineData("حكومتها")]
    [InlineData("مدرسه")]
    [InlineData("العلاقات")]
    [InlineData("معلمين")]
    [InlineData("بيانيه")]
    [InlineData("سياسيه")]
    [InlineData("طالبان")]
    [InlineData("كتابي")]
    [InlineData("مها")]
    public void SuffixRulesMatchLucenesArabicStemmer(string key)
    {
        var buffer = key.ToCharArray();
        var lucene = new Lucene.Net.Analysis.Ar.ArabicStemmer().StemSuffix(buffer, buffer.Length);
        Assert.Equal(lucene, LightStemmer.LuceneSuffixLength(key));
    }

    [Fact]
    public void SuffixRulesMatchLucenesArabicStemmerOnEveryWordOfTheSeeds()
    {
        var stemmer = new Lucene.Net.Analysis.Ar.ArabicStemmer();
        foreach (var seed in new[] { 0, 1 })
        {
            var text = File.ReadAllText(Marsad.Tests.Support.SharedData.Seed(seed));
            foreach (var token in Tokenizer.Tokenize(ArabicNormalizer.Normalize(text)).Where(t => t.Kind == TokenKind.ArabicWord))
            {
                var buffer = token.Key.ToCharArray();
                Assert.Equal(stemmer.StemSuffix(buffer, buffer.Length), LightStemmer.LuceneSuffixLength(token.Key));
            }
        }
    }
}
