using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Text;

/// <summary>A nisba adjective is read from its ending: every number for the events step, the definite singular for the name passes.</summary>
public sealed class NisbaAdjectiveEndingTests
{
    private static Token Token(string word) => Assert.Single(Tokenizer.Tokenize(ArabicNormalizer.Normalize(word)));

    [Theory]
    [InlineData("دبلوماسيون", "دبلوماسي")]
    [InlineData("العسكريين", "العسكري")]
    [InlineData("دبلوماسي", "")]
    [InlineData("مسؤولون", "")]
    public void AMasculinePluralNisbaGivesItsSingular(string key, string singular) =>
        Assert.Equal(singular, NisbaAdjective.MasculinePluralSingular(key).ToString());

    [Theory]
    [InlineData("إيرانية")]
    [InlineData("الإيرانية")]
    [InlineData("والإيرانية")]
    [InlineData("الإيرانيين")]
    [InlineData("السعوديون")]
    [InlineData("الألمانيات")]
    [InlineData("سعودي")]
    public void ANisbaOfAnyNumberOrGenderIsAnAdjectiveForActorPhrases(string word) =>
        Assert.True(NisbaAdjective.IsAnyNumber(Token(word)));

    [Theory]
    [InlineData("إيران")]
    [InlineData("الحكومة")]
    [InlineData("قوات")]
    [InlineData("السلطات")]
    [InlineData("في")]
    [InlineData("علي")]
    public void AWordWithoutANisbaEndingOrShorterThanFourLettersIsNoAdjectiveForActorPhrases(string word) =>
        Assert.False(NisbaAdjective.IsAnyNumber(Token(word)));

    [Fact]
    public void AWordThatOnlyEndsLikeANisbaPassesTheEndingTest() =>
        // Without a lexicon كرسي reads as a nisba; the events step also asks that it agree with its noun.
        Assert.True(NisbaAdjective.IsAnyNumber(Token("كرسي")));

    [Fact]
    public void ALatinWordIsNoNisba() =>
        Assert.False(NisbaAdjective.IsAnyNumber(Token("Saudi")));

    [Theory]
    [InlineData("الإيرانية")]
    [InlineData("الألمانية")]
    [InlineData("الأمريكي")]
    [InlineData("السعودي")]
    public void ADefiniteSingularNisbaIsAnAdjectiveBesideAName(string word) =>
        Assert.True(NisbaAdjective.IsDefiniteSingular(Token(word)));

    [Theory]
    [InlineData("الإيرانيين")]
    [InlineData("السعوديون")]
    [InlineData("الألمانيات")]
    public void APluralNisbaIsNoAdjectiveBesideAName(string word) =>
        Assert.False(NisbaAdjective.IsDefiniteSingular(Token(word)));

    [Theory]
    [InlineData("إيرانية")]
    [InlineData("كرسي")]
    [InlineData("ألماني")]
    public void AnIndefiniteNisbaIsNoAdjectiveBesideAName(string word) =>
        // ألماني: its key begins الماني, but the hamza says the alef is no article.
        Assert.False(NisbaAdjective.IsDefiniteSingular(Token(word)));

    [Theory]
    [InlineData("الذي")]
    [InlineData("التي")]
    public void ARelativePronounOfFourLettersIsNoAdjectiveBesideAName(string word) =>
        Assert.False(NisbaAdjective.IsDefiniteSingular(Token(word)));

    [Theory]
    [InlineData("والإيرانية", 1, true)]
    [InlineData("والإيرانية", 0, false)]
    [InlineData("بالألمانية", 1, true)]
    public void TheArticleIsLookedForAfterTheProcliticsTheCallerTookOff(string word, int stripped, bool expected) =>
        Assert.Equal(expected, NisbaAdjective.IsDefiniteSingular(Token(word), stripped));

    [Theory]
    [InlineData("البرتغالي", true)]
    [InlineData("البرتغالية", false)]
    [InlineData("البرتغاليون", false)]
    [InlineData("برتغالي", true)]
    public void OnlyTheMasculineSingularEndsInYaAlone(string word, bool expected) =>
        Assert.Equal(expected, NisbaAdjective.HasMasculineSingularEnding(Token(word).Key));
}
