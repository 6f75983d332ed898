using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A sports club named after its town (ClubPass): a city or state right after a club word of context.tsv (نادي، فريق;
/// a city also after لاعب، مدرب…), or right before a state's masculine singular nisba (a town's name is feminine, so the
/// masculine adjective agrees with the club), is the club, one ORG mention; the same town elsewhere stays a place.
/// Sentences the team wrote.
/// </summary>
public sealed class ClubNamedAfterItsTownTests
{
    private static readonly DateTimeOffset March2019 = new(2019, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AStateAfterTheWordForAClubIsTheClub()
    {
        var found = EntityTestPipeline.Analyze("وأعلن نادي موناكو تعاقده مع مهاجم شاب لمدة ثلاثة مواسم.", March2019);

        Assert.Equal([(EntityType.ORG, "موناكو")], found.Entities.Select(e => (e.Type, e.Mentions[0].Text)));
    }

    [Fact]
    public void ACityAfterACoachIsTheClub()
    {
        var found = EntityTestPipeline.Analyze("وقال مدرب روما إن الفريق سيعود أقوى بعد العطلة.", March2019);

        Assert.Equal([(EntityType.ORG, "روما")], found.Entities.Select(e => (e.Type, e.Mentions[0].Text)));
    }

    [Fact]
    public void ACityBeforeAMasculineNisbaIsTheClubListedUnderItsName()
    {
        var found = EntityTestPipeline.Analyze("وانتقل المهاجم الشاب إلى برشلونة الإسباني مقابل عشرين مليون يورو.", March2019);

        var club = Assert.Single(found.Entities, e => e.Type == EntityType.ORG);
        Assert.Equal(("org:fc-barcelona", "برشلونة"), (club.Id, club.Mentions[0].Text));
        Assert.DoesNotContain(found.Entities, e => e.Type == EntityType.LOC);
    }

    // Guards (pass on the base): the feminine nisba agrees with the city; an airport's masculine nisba agrees with the
    // airport; a player's national team is his state.
    [Theory]
    [InlineData("ووصل الوفد إلى برشلونة الإسبانية مساء أمس.", EntityType.LOC, "برشلونة")]
    [InlineData("وهبطت الطائرة في مطار روما الإيطالي بعد رحلة طويلة.", EntityType.LOC, "روما")]
    [InlineData("وأصيب لاعب مصر في التدريب الأخير.", EntityType.GPE, "مصر")]
    public void TheTownStaysAPlace(string sentence, EntityType type, string text)
    {
        var found = EntityTestPipeline.Analyze(sentence, March2019);

        Assert.Contains(found.Entities, e => e.Type == type && e.Mentions[0].Text == text);
        Assert.DoesNotContain(found.Entities, e => e.Type == EntityType.ORG);
    }
}
