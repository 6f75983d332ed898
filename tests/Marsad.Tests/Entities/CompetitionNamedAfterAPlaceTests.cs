using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A place read right after a sports competition's head word (context.tsv kind competition: كأس، بطولة، دوري…, through
/// a competitionlink word such as أبطال) is the competition's name, one MISC mention, and no mention of the place; the
/// same place elsewhere stays a place. Sentences the team wrote.
/// </summary>
public sealed class CompetitionNamedAfterAPlaceTests
{
    private static readonly DateTimeOffset March2019 = new(2019, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ACupNamedAfterAContinentIsOneMiscellaneousName()
    {
        var found = EntityTestPipeline.Analyze("وتأهل المنتخب إلى الدور الثاني من كأس آسيا بعد فوزه على ضيفه بهدفين.", March2019);

        Assert.Equal([(EntityType.MISC, "كأس آسيا")], found.Entities.Select(e => (e.Type, e.Mentions[0].Text)));
    }

    [Fact]
    public void ALeagueOfChampionsTakesItsLinkWordAndLeavesTheProcliticOut()
    {
        var found = EntityTestPipeline.Analyze("وسيشارك الفريق في النسخة المقبلة لدوري أبطال آسيا بعد تتويجه باللقب.", March2019);

        Assert.Equal([(EntityType.MISC, "دوري أبطال آسيا")], found.Entities.Select(e => (e.Type, e.Mentions[0].Text)));
    }

    [Fact]
    public void ARallyRunsOverItsRouteOfTwoPlaces()
    {
        var found = EntityTestPipeline.Analyze("وانطلقت أمس المرحلة الأولى من رالي القاهرة - عمان بمشاركة ثلاثين سيارة.", March2019);

        Assert.Equal([(EntityType.MISC, "رالي القاهرة - عمان")], found.Entities.Select(e => (e.Type, e.Mentions[0].Text)));
    }

    // A state's nisba after the head word with the article names the national league, not the state: no mention, as
    // ANERcorp tags none there.
    [Theory]
    [InlineData("ويحتل الفريق المركز الرابع في الدوري المغربي بعد الجولة العاشرة.")]
    [InlineData("وانتقل المهاجم للدوري الإيطالي في صفقة قياسية.")]
    public void AStatesNisbaAfterTheDefiniteHeadWordIsNoMentionOfTheState(string sentence)
    {
        var found = EntityTestPipeline.Analyze(sentence, March2019);

        Assert.DoesNotContain(found.Entities, e => e.Type == EntityType.GPE);
    }

    // Guard (passes on the base): a state's nisba after another definite word stays the state.
    [Fact]
    public void AStatesNisbaAfterAnotherDefiniteWordStaysTheState()
    {
        var found = EntityTestPipeline.Analyze("وأكد الوفد المغربي دعمه للمبادرة.", March2019);

        Assert.Equal([(EntityType.GPE, "المغربي")], found.Entities.Select(e => (e.Type, e.Mentions[0].Text)));
    }

    // Guard (passes on the base): a place after no competition word stays a place.
    [Fact]
    public void TheSamePlaceAfterATravelVerbStaysAPlace()
    {
        var found = EntityTestPipeline.Analyze("وسافر المنتخب إلى آسيا بعد فوزه على ضيفه بهدفين.", March2019);

        Assert.Equal([(EntityType.LOC, "آسيا")], found.Entities.Select(e => (e.Type, e.Mentions[0].Text)));
    }
}
