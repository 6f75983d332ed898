using Marsad.Entities;
using Marsad.Entities.Linking;

namespace Marsad.Tests.Entities;

/// <summary>
/// A dual or plural imperfect verb after the names that are its subjects is no name, though the tagger reads one there;
/// a transliterated name of the same shape stays a name.
/// </summary>
public sealed class InflectedVerbTests
{
    private static readonly DateTimeOffset March2024 = new(2024, 3, 4, 12, 0, 0, TimeSpan.Zero);

    private static string[] Mentioned(ArticleEntities found) => found.Mentions.Select(m => m.Text).ToArray();

    [Theory]
    [InlineData("توقعان")]
    [InlineData("وتضغطان")]
    [InlineData("سيناقشان")]
    [InlineData("يطالبون")]
    [InlineData("وسيتبادلون")]
    public void AnImperfectInTheDualOrPluralWhoseSingularNewsWritesIsAVerb(string word) =>
        Assert.True(InflectedVerb.IsDualOrPluralImperfect(word));

    [Theory]
    [InlineData("تومسون")]      // no يومس nor تومس in news
    [InlineData("تشارلتون")]
    [InlineData("تطوان")]       // a stem of two letters
    [InlineData("يونان")]
    [InlineData("طهران")]       // no person prefix
    [InlineData("يطالب")]       // the singular has no dual or plural ending
    public void ANameOfTheSameShapeIsNoVerb(string word) =>
        Assert.False(InflectedVerb.IsDualOrPluralImperfect(word));

    [Fact]
    public void ADualVerbAfterTwoCapitalsIsNoPlace()
    {
        var found = EntityTestPipeline.Analyze("ويقول مراقبون إن أنقرة وطهران تضغطان على موسكو لتأجيل القمة.", March2024);

        Assert.Equal(["أنقرة", "طهران", "موسكو"], Mentioned(found));
    }

    [Fact]
    public void ADualVerbInTheFutureAfterTwoCapitalsIsNoPlace()
    {
        var found = EntityTestPipeline.Analyze("ويرى مراقبون أن أنقرة وطهران ستضغطان على موسكو لتأجيل القمة.", March2024);

        Assert.Equal(["أنقرة", "طهران", "موسكو"], Mentioned(found));
    }

    [Fact]
    public void ADualVerbAfterTwoCapitalsBeforeAThirdIsNoPlace()
    {
        var found = EntityTestPipeline.Analyze("ويقول دبلوماسيون إن الدوحة وأنقرة تضغطان على باريس لتخفيف العقوبات.", March2024);

        Assert.Equal(["الدوحة", "أنقرة", "باريس"], Mentioned(found));
    }
}
