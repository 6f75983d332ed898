using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// Saudi Arabia's municipalities (أمانات, organizations.tsv class `state`) are bodies, not the places they serve: «أمانة
/// العاصمة المقدسة» is Makkah's municipality, not Yemen's governorate أمانة العاصمة. Sentences the team wrote.
/// </summary>
public sealed class SaudiMunicipalityTests
{
    private static readonly DateTimeOffset March2019 = new(2019, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("وأعلنت أمانة العاصمة المقدسة إغلاق عشرة مطاعم مخالفة في الأحياء الجنوبية.", "org:amanat-makkah", "أمانة العاصمة المقدسة")]
    [InlineData("ونفذت أمانة منطقة الرياض حملة لإزالة المباني المهجورة.", "org:amanat-riyadh", "أمانة منطقة الرياض")]
    public void TheMunicipalityIsOneOrganization(string sentence, string id, string text)
    {
        var found = EntityTestPipeline.Analyze(sentence, March2019);

        var body = Assert.Single(found.Entities, e => e.Type == EntityType.ORG);
        Assert.Equal((id, text), (body.Id, body.Mentions[0].Text));
        Assert.DoesNotContain(found.Entities, e => e.Id == "loc:amanat-al-asimah");
    }

    // Guard (passes on the base): Yemen's governorate by its own name stays the place.
    [Fact]
    public void YemensGovernorateStaysAPlace()
    {
        var found = EntityTestPipeline.Analyze("وقعت الاشتباكات في أمانة العاصمة شمال صنعاء.", March2019);

        Assert.Contains(found.Entities, e => e is { Type: EntityType.LOC, Id: "loc:amanat-al-asimah" });
        Assert.DoesNotContain(found.Entities, e => e.Type == EntityType.ORG);
    }
}
