using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A minister named by his portfolio, «وزير» and the words a ministry is named with, is a role phrase; apposed to a name
/// it is that person's role (<c>RoleAfterNameTests</c>), alone it is the holder of that portfolio.
/// </summary>
public sealed class PortfolioMinisterTests
{
    private static readonly DateTimeOffset June2016 = new(2016, 6, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MinistersOfOneStateByDifferentPortfoliosAreDifferentHolders()
    {
        var found = EntityTestPipeline.Analyze("واجتمع وزير الموارد المائية العراقي مع وزير النفط العراقي لبحث الخطة.", June2016);

        var ministers = found.Entities.Where(e => e.Type == EntityType.PER).ToList();
        Assert.Equal(["وزير الموارد المائية العراقي", "وزير النفط العراقي"], ministers.SelectMany(e => e.Mentions).Select(m => m.Text).Order());
        Assert.Equal(2, ministers.Count);
        Assert.All(ministers, e => Assert.Equal(MentionKind.Role, Assert.Single(e.Mentions).Kind));
    }
}
