namespace Marsad.Tests.Events;

/// <summary>
/// A group noun tied by an affiliation adjective to another actor («مجموعة تابعة للحرس الثوري», «قوات موالية للحكومة»)
/// is coded as that actor's (sentences written for these tests).
/// </summary>
public sealed class AffiliatedActorTests
{
    private static string[] Describe(string text) => EventTestPipeline.DescribeAll(text);

    [Fact]
    public void AGroupAffiliatedToAStateBodyActsForThatState() =>
        Assert.Equal(["COERCE/cyber reported مجموعة تابعة للاستخبارات الروسية[RUS] → وزارة الخارجية الأوكرانية[UKR] -"],
            Describe("وقالت الحكومة الأوكرانية إن مجموعة تابعة للاستخبارات الروسية اخترقت شبكة وزارة الخارجية الأوكرانية."));

    [Fact]
    public void ForcesLoyalToAGovernmentTakeItsState() =>
        Assert.Equal(["ASSAULT/heavy-weapons asserted قوات موالية للحكومة السورية[SYR] → بلدة سراقب[SYR] -"],
            Describe("وقصفت قوات موالية للحكومة السورية بلدة سراقب في ريف إدلب."));

    [Fact]
    public void AnAffiliationToWhatNamesNoActorLeavesTheGroupAlone() =>
        Assert.Equal(["ACCUSE/allege asserted الحكومة الأردنية[JOR] → مجموعة[-] -"],
            Describe("اتهمت الحكومة الأردنية مجموعة مرتبطة بجهات خارجية بالتحريض على العنف."));
}
