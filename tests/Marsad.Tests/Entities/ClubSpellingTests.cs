using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A listed club by the shorter or other spellings news writes for it (organizations.tsv class `club`). Sentences the
/// team wrote.
/// </summary>
public sealed class ClubSpellingTests
{
    private static readonly DateTimeOffset March2019 = new(2019, 3, 4, 9, 0, 0, TimeSpan.Zero);

    // Paris Saint-Germain by the shorter name news writes for it.
    [Fact]
    public void SaintGermainAloneIsTheParisClub()
    {
        var found = EntityTestPipeline.Analyze("وفاز سان جيرمان على ليون بهدفين نظيفين مساء السبت.", March2019);

        Assert.Contains(found.Entities, e => e is { Type: EntityType.ORG, Id: "org:psg" });
        Assert.DoesNotContain(found.Entities, e => e.Type == EntityType.LOC);
    }
}
