namespace Marsad.Tests.Events;

/// <summary>
/// A place phrase acted on by an attack, a coercive act, a deployment or a withdrawal — a place noun of arguments.tsv
/// and the name after it («بلدة …», «مدينة …», «العاصمة …»), or a place the gazetteer knows — is the event's target,
/// coded as the state the place is in (sentences written for these tests).
/// </summary>
public sealed class PlaceTargetTests
{
    private static string[] Describe(string text) => EventTestPipeline.DescribeAll(text);

    [Fact]
    public void AShelledTownNamedAfterItsPlaceNounIsTheTargetInItsState() =>
        Assert.Equal(["ASSAULT/heavy-weapons asserted قوات موالية للحكومة السورية[SYR] → بلدة حلب[SYR] -"],
            Describe("وقصفت قوات موالية للحكومة السورية بلدة حلب بالمدفعية."));

    [Fact]
    public void ACurfewImposedInACityMakesTheCityItsTarget() =>
        Assert.Equal(["COERCE/curfew asserted السلطات العراقية[IRQ] → مدينة الموصل[IRQ] -"],
            Describe("وفرضت السلطات العراقية حظر التجول في مدينة الموصل."));

    [Fact]
    public void ACapitalAfterThePlaceNounIsTheTargetInItsOwnState() =>
        Assert.Equal(["COERCE/curfew asserted السلطات السريلانكية[LKA] → العاصمة كولومبو[LKA] -"],
            Describe("وفرضت السلطات السريلانكية حظر التجول في العاصمة كولومبو."));

    [Fact]
    public void ATownWithANameNoGazetteerKnowsIsStillTheTarget() =>
        Assert.Equal(["ASSAULT/heavy-weapons asserted الجيش الروسي[RUS] → بلدة تشاسيف يار[-] -"],
            Describe("وقصف الجيش الروسي بلدة تشاسيف يار."));

    [Fact]
    public void AMeetingInACapitalKeepsThePersonMetAsItsTarget() =>
        Assert.Equal(["CONSULT/- asserted وزير الخارجية الأوكراني[UKR] → نظيره البولندي[POL] -"],
            Describe("والتقى وزير الخارجية الأوكراني نظيره البولندي في العاصمة وارسو."));

    [Fact]
    public void FightersMassedAroundACityMakeTheCityTheTarget() =>
        Assert.Equal(["MOBILIZE/troops asserted قوات الدعم السريع[SDN] → مدينة الأبيض[SDN] -"],
            Describe("وحشدت قوات الدعم السريع مقاتلين حول مدينة الأبيض."));

    [Fact]
    public void AnArrestInACityKeepsThePeopleArrestedAsItsTarget() =>
        Assert.Equal(["COERCE/arrest asserted الشرطة العراقية[IRQ] → ثلاثة ناشطين[IRQ] -"],
            Describe("واعتقلت الشرطة العراقية ثلاثة ناشطين في مدينة البصرة."));
}
