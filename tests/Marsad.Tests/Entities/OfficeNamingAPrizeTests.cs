using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// An office in construct after a prize, cup or building word (context.tsv kind facility) names that thing and refers to
/// no one; the same office as a subject is its holder. Sentences the team wrote.
/// </summary>
public sealed class OfficeNamingAPrizeTests
{
    private static readonly DateTimeOffset May2016 = new(2016, 5, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnOfficeAfterACupWordIsNoPerson()
    {
        var found = EntityTestPipeline.Analyze("وتوج الفريق بكأس خادم الحرمين الشريفين بعد فوزه في المباراة النهائية.", May2016);

        Assert.DoesNotContain(found.Entities, e => e.Type == EntityType.PER);
    }

    // Guard (passes on fe96e452): the facility context must not take the office from its holder when no prize word precedes it.
    [Fact]
    public void TheSameOfficeAsASubjectIsItsHolder()
    {
        var found = EntityTestPipeline.Analyze("واستقبل خادم الحرمين الشريفين وفد الفريق بعد فوزه في المباراة النهائية.", May2016);

        Assert.Equal([("per:salman", "خادم الحرمين الشريفين")],
            found.Entities.Where(e => e.Type == EntityType.PER).Select(e => (e.Id, e.Mentions[0].Text)));
    }
}
