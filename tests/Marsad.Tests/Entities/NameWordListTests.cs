using Marsad.Entities.Gazetteer;
using Marsad.Text.Morphology;

namespace Marsad.Tests.Entities;

/// <summary>
/// name-words.tsv is written as news spells the words (آل، الأسبق، السابقة) and read in matching-key form, so the passes
/// find them whatever the hamza or the final ة.
/// </summary>
public sealed class NameWordListTests
{
    private static NameWordList Words => NameWordList.Default;

    [Fact]
    public void TheFamilyWordAalIsReadAsTheKeyOfTheArticle() => Assert.Equal("ال", Words.Family);

    [Fact]
    public void LineageParticlesAreBinBintAndIbn() => Assert.Equal(["ابن", "بن", "بنت"], Words.Lineage.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("الاسبق")]
    [InlineData("السابقه")]
    [InlineData("الراحله")]
    public void PastHolderWordsAreReadInMatchingKeyForm(string key)
    {
        Assert.True(Words.Former.Contains(key));
        Assert.True(Words.OfficeModifiers.Contains(key));
    }

    [Theory]
    [InlineData("الجديده")]
    [InlineData("الحالي")]
    public void CurrentHolderWordsStandBetweenOfficeAndNameWithoutMakingAPastHolder(string key)
    {
        Assert.True(Words.OfficeModifiers.Contains(key));
        Assert.False(Words.Former.Contains(key));
    }

    [Theory]
    [InlineData("الملك")]
    [InlineData("ايه")]
    [InlineData("ام")]
    public void RoyalTitlesAndKunyaWordsAreNeverAShortNameAlone(string key) => Assert.True(Words.NoShortForm.Contains(key));

    [Theory]
    [InlineData("الرياض", true)]
    [InlineData("وزير", false)]
    [InlineData("ال", true)]
    public void OpensWithArticleReadsTheFirstTwoLetters(string key, bool expected) =>
        Assert.Equal(expected, CliticSegmenter.OpensWithArticle(key));
}
