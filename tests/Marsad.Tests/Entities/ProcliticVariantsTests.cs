using Marsad.Entities.Linking;
using Marsad.Text.Normalization;

namespace Marsad.Tests.Entities;

/// <summary>The readings of a word with its proclitics taken off that the gazetteer is asked about, the word itself first.</summary>
public sealed class ProcliticVariantsTests
{
    private static (string, int)[] Of(string word) => ProcliticVariants.Of(MatchingKey.Of(word));

    private static (string, int) V(string word, int stripped) => (MatchingKey.Of(word), stripped);

    [Fact]
    public void AConjunctionAndLamBeforeTheArticleGiveTheNameWithItsAlefBackAndWithout() =>
        Assert.Equal([V("وللأمم", 0), V("للأمم", 1), V("الأمم", 2), V("لأمم", 2)], Of("وللأمم"));

    [Fact]
    public void APrepositionAloneIsTakenOffOnce() =>
        Assert.Equal([V("لبنان", 0), V("بنان", 1)], Of("لبنان"));

    [Fact]
    public void KafIsAPrepositionTooAfterFa() =>
        Assert.Equal([V("فكتركيا", 0), V("كتركيا", 1), V("تركيا", 2)], Of("فكتركيا"));

    [Fact]
    public void AConjunctionIsOfferedOffEvenWhereTheWordIsItsOwn() =>
        Assert.Equal([V("وزير", 0), V("زير", 1)], Of("وزير"));

    [Theory]
    [InlineData("بك")]
    [InlineData("الأمم")]
    [InlineData("تونس")]
    public void AWordWithNoProcliticOrTooShortIsOnlyItself(string word) =>
        Assert.Equal([V(word, 0)], Of(word));
}
