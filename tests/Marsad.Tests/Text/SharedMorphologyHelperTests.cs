using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Text;

/// <summary>The shared readings the entity, quote and event layers take from the text layer: a third-person pronoun of
/// more than one letter, the preposition ب/ل read off a key, and the written feminine endings.</summary>
public sealed class SharedMorphologyHelperTests
{
    private static Token Word(string word) => Assert.Single(Tokenizer.Tokenize(ArabicNormalizer.Normalize(word)));

    [Theory]
    [InlineData("ها", true)]
    [InlineData("هم", true)]
    [InlineData("هما", true)]
    [InlineData("هن", true)]
    [InlineData("ه", false)]
    [InlineData("كم", false)]
    [InlineData("نا", false)]
    [InlineData("ي", false)]
    public void OnlyThirdPersonPronounsOfTwoLettersOrMoreAreLong(string enclitic, bool expected) =>
        Assert.Equal(expected, CliticSegmenter.IsLongThirdPersonPronoun(enclitic));

    [Theory]
    [InlineData("مزارعهم", true)]
    [InlineData("حديقتها", true)]
    [InlineData("بيتهما", true)]
    [InlineData("كتابه", false)]
    [InlineData("مزارع", false)]
    public void AWordCarriesALongThirdPersonPronounAsTheSegmenterCutsIt(string word, bool expected) =>
        Assert.Equal(expected, CliticSegmenter.Analyze(Word(word))!.HasLongThirdPersonPronoun);

    [Theory]
    [InlineData("بالمزارع", "المزارع")]
    [InlineData("لمزارع", "مزارع")]
    [InlineData("للمزارع", "مزارع")]
    [InlineData("بيت", "بيت")]
    [InlineData("سوق", "سوق")]
    public void WithoutPrepositionTakesOffBaOrLamAndTheArticleFusedWithLam(string word, string expected) =>
        Assert.Equal(Word(expected).Key, CliticSegmenter.WithoutPreposition(Word(word).Key.AsSpan(), 3).ToString());

    [Theory]
    [InlineData("فبالحديقة", new[] { "ف", "ب" })]
    [InlineData("وللمزارع", new[] { "و", "ل" })]
    [InlineData("كالبيت", new[] { "ك" })]
    [InlineData("الحديقة", new string[0])]
    public void OnlyTheConjunctionsAndPrepositionsOfAnAnalysisAreTheLettersANameMayCarry(string word, string[] expected) =>
        Assert.Equal(expected, CliticSegmenter.Analyze(Word(word))!.Proclitics.Where(CliticSegmenter.IsConjunctionOrPreposition));

    [Theory]
    [InlineData("س", false)]
    [InlineData("ال", false)]
    [InlineData("ك", true)]
    public void TheFuturePrefixAndTheArticleAreNeitherConjunctionNorPreposition(string proclitic, bool expected) =>
        Assert.Equal(expected, CliticSegmenter.IsConjunctionOrPreposition(proclitic));

    [Theory]
    [InlineData("والزراعية", true)]
    [InlineData("الزراعية", false)]
    [InlineData("فالزراعية", false)]
    [InlineData("وزراعية", false)]
    public void OnlyWawBeforeTheArticleOpensTheNextDefiniteWordOfAList(string word, bool expected) =>
        Assert.Equal(expected, CliticSegmenter.OpensWithWaAndArticle(Word(word).Key));

    [Theory]
    [InlineData("للحديقة", true)]
    [InlineData("لحديقة", false)]
    [InlineData("الحديقة", false)]
    [InlineData("ل", false)]
    public void LamBeforeTheArticlesLamIsReadFromTheWordsFirstTwoLetters(string word, bool expected) =>
        Assert.Equal(expected, CliticSegmenter.OpensWithLamBeforeArticle(Word(word).Normalized));

    [Theory]
    [InlineData("الحديقة", 4, 4, true)]
    [InlineData("الحدائق", 4, 4, false)]
    [InlineData("الرحلات", 4, 4, true)]
    [InlineData("ثقة", 4, 4, false)]
    [InlineData("ثقة", 1, 5, true)]
    [InlineData("لغات", 4, 4, true)]
    [InlineData("لغات", 1, 5, false)]
    public void AFeminineEndingCountsFromTheShortestWordTheCallerReads(string word, int minSingular, int minPlural, bool expected) =>
        Assert.Equal(expected, FeminineEnding.Shows(Word(word).Normalized, minSingular, minPlural));

    [Theory]
    [InlineData("المزارعون", 5, true)]
    [InlineData("محللين", 6, true)]
    [InlineData("محللين", 7, false)]
    [InlineData("دين", 5, false)]
    [InlineData("الرحلات", 5, false)]
    public void AMasculineSoundPluralEndsInWawNunOrYaNun(string word, int minLength, bool expected) =>
        Assert.Equal(expected, SoundPluralEnding.Masculine(Word(word).Normalized, minLength));

    [Theory]
    [InlineData("الرحلات", 5, true)]
    [InlineData("بات", 5, false)]
    [InlineData("المزارعين", 5, true)]
    [InlineData("الحديقة", 5, false)]
    public void AnySoundPluralTakesTheFeminineAlefTaToo(string word, int minLength, bool expected) =>
        Assert.Equal(expected, SoundPluralEnding.Any(Word(word).Normalized, minLength));

    // The article test the name passes read off a matching key (آل and ال share the key ال).
    [Theory]
    [InlineData("الرياض", true)]
    [InlineData("وزير", false)]
    [InlineData("ال", true)]
    public void OpensWithArticleReadsTheFirstTwoLetters(string key, bool expected) =>
        Assert.Equal(expected, CliticSegmenter.OpensWithArticle(key));
}
