using Marsad.Entities.Gazetteer;

namespace Marsad.Tests.Entities;

/// <summary>
/// name-words.tsv is written as news spells the words (آل، الأسبق، السابقة) and read in matching-key form, so the passes
/// find them whatever the hamza or the final ة. Each test pins a kind of the file's rows: a row losing its kind fails one.
/// </summary>
public sealed class NameWordListTests
{
    private static NameWordList Words => NameWordList.Default;

    [Fact]
    public void TheFamilyWordAalIsReadAsTheKeyOfTheArticle() => Assert.Equal("ال", Words.Family);

    [Fact]
    public void NameParticlesAreTheLineageWordsAbuAbdAndTheFamilyWord() =>
        Assert.Equal(["ابن", "ابو", "ال", "بن", "بنت", "عبد"], Words.Particles.Order(StringComparer.Ordinal));

    [Fact]
    public void LineageParticlesAreBinBintAndIbn() => Assert.Equal(["ابن", "بن", "بنت"], Words.Lineage.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("الاسبق")]
    [InlineData("السابقه")]
    [InlineData("الراحله")]
    public void PastHolderWordsAreReadInMatchingKeyForm(string key)
    {
        Assert.Contains(key, Words.Former.Items);
        Assert.Contains(key, Words.OfficeModifiers.Items);
    }

    [Theory]
    [InlineData("الجديده")]
    [InlineData("الحالي")]
    public void CurrentHolderWordsStandBetweenOfficeAndNameWithoutMakingAPastHolder(string key)
    {
        Assert.Contains(key, Words.OfficeModifiers.Items);
        Assert.DoesNotContain(key, Words.Former.Items);
    }

    [Theory]
    [InlineData("الملك")]
    [InlineData("ايه")]
    [InlineData("ام")]
    public void RoyalTitlesAndKunyaWordsAreNeverAShortNameAlone(string key) => Assert.Contains(key, Words.NoShortForm.Items);
}
