using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A state's nisba after the definite noun of a past empire or age (context.tsv kind era) names that empire's people, not
/// the modern state, and so do the article's other uses of that nisba unless it names the state itself
/// (EraNisbaPass). Sentences the team wrote.
/// </summary>
public sealed class EraNisbaTests
{
    private static readonly DateTimeOffset March2019 = new(2019, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnEmpiresNisbaAndTheArticlesOtherUsesOfItAreNoState()
    {
        var found = EntityTestPipeline.Analyze(
            "وبنى الجيش الروماني سورا حول المدينة. وكانت الإمبراطورية الرومانية تسيطر على الساحل كله.", March2019);

        Assert.Null(found.Find("gpe:romania"));
    }

    // An article that names the state keeps its nisba elsewhere; only the one after the era noun goes.
    [Fact]
    public void AnArticleNamingTheStateKeepsItsOtherNisbas()
    {
        var found = EntityTestPipeline.Analyze(
            "وقال المدرب الروماني إن فريقه سيزور رومانيا. ويعرض المتحف آثارا من العصر الروماني.", March2019);

        Assert.Equal(["الروماني", "رومانيا"], found.Entity("gpe:romania").Mentions.Select(m => m.Text));
    }
}
