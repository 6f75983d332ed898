using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A common-noun object that names an act or an abstract matter — the verbal noun of a derived verb or an abstract noun —
/// is no recipient: the event keeps no target instead of one that borrows its source's state; a physical thing stays, and
/// an act with a state named after it goes there; a weapon or explosive device is no recipient wherever it went (Arguments.NonActorThing; sentences written for these tests).
/// </summary>
public sealed class NonActorTargetTests
{
    private static string[] Describe(string text) => EventTestPipeline.DescribeAll(text);

    [Fact]
    public void TheVerbalNounOfADerivedVerbIsNoTarget() =>
        Assert.Equal(["SUPPORT/- asserted وزير الخارجية الأردني[JOR] → ? -"],
            Describe("وأيد وزير الخارجية الأردني التنسيق في مجال المياه."));

    [Fact]
    public void AnAccordNamedByItsPatternIsNoTarget() =>
        Assert.Equal(["REJECT/- asserted البرلمان الكويتي[KWT] → ? -"],
            Describe("ورفض البرلمان الكويتي الاتفاق المقترح."));

    [Fact]
    public void ASystemOfGovernmentIsNoTarget() =>
        Assert.Equal(["REJECT/- asserted البرلمان الكويتي[KWT] → ? -"],
            Describe("ورفض البرلمان الكويتي الديمقراطية التوافقية."));

    [Fact]
    public void ARestrictionIsNoTarget() =>
        Assert.Equal(["SUPPORT/- asserted الرئيس التونسي[TUN] → ? -"],
            Describe("وأيد الرئيس التونسي القيود الجديدة."));

    [Fact]
    public void AnAbstractNounIsNoTarget() =>
        Assert.Equal(["SUPPORT/- asserted الرئيس التونسي[TUN] → ? -"],
            Describe("وأيد الرئيس التونسي الخطة الجديدة."));

    [Fact]
    public void TheVerbalNounOfASimpleVerbIsNoTarget() =>
        Assert.Equal(["REJECT/- asserted البرلمان الكويتي[KWT] → ? -"],
            Describe("ورفض البرلمان الكويتي قبول الشروط الجديدة."));

    [Fact]
    public void AnAssimilatedVerbalNounIsNoTarget() =>
        Assert.Equal("?", Actor(Only("ووافق الوزير الأردني على الاطلاع على الوثائق.", PloverType.AGREE).Target));

    [Fact]
    public void APhysicalThingStaysTheTarget() =>
        Assert.Equal(["ASSAULT/aerial asserted الطائرات الحربية[-] → مستشفى قديما[-] -"],
            Describe("وقصفت الطائرات الحربية مستشفى قديما."));

    [Fact]
    public void ADemonstrativeAloneIsNoTarget() =>
        Assert.Equal("?", Actor(Only("ووافق وزير الخارجية الأردني على ذلك.", PloverType.AGREE).Target));

    [Fact]
    public void AnActWithAStateNamedAfterItKeepsThatState() =>
        Assert.Equal(("الحكومة اللبنانية[LBN]", "تسليم المتهم[SYR]"),
            EventTestPipeline.Actors(EventTestPipeline.Only("وامتنعت الحكومة اللبنانية عن تسليم المتهم إلى دمشق.", PloverType.REJECT)));

    [Fact]
    public void APhraseJoinedByAndToTheActIsNoTarget() =>
        Assert.Equal(("محكمة بلجيكية[BEL]", "?"),
            EventTestPipeline.Actors(Only("وأصدرت محكمة بلجيكية عقوبة بالسجن ثلاث سنوات وغرامة مالية.", PloverType.COERCE)));

    [Fact]
    public void AWordWhoseWawIsItsOwnStaysTheTarget() =>
        Assert.Equal("وكر الخلية[EGY]", Actor(Only("وداهمت الشرطة المصرية وكر الخلية في الفيوم.", PloverType.COERCE).Target));

    [Fact]
    public void AnExplosiveDeviceIsNoTarget() =>
        Assert.Equal(["ASSAULT/explosives asserted انتحاري[-] → ? -"], Describe("وفجر انتحاري حزاماً ناسفاً وسط سوق شعبي."));

    [Fact]
    public void WeaponsSeizedAreNoTarget() =>
        Assert.Equal(["COERCE/seize asserted الشرطة المغربية[MAR] → ? -"], Describe("وضبطت الشرطة المغربية أسلحة وذخائر في مستودع."));

    [Fact]
    public void AVerbParticleOpensAClauseNotATargetAndAnActOfNobodyIsDropped() =>
        Assert.Empty(Describe("وسألت الضابط عن شعوره وهو يدرك أن القتال قد يندلع في أي وقت."));

    [Fact]
    public void TheConjunctionOfASeriesOpensTheNextActNotATargetAndAnActOfNobodyIsDropped() =>
        Assert.Empty(Describe("ذهب الجنود إلى القرية لتفتيشها ثم جمع الأسلحة."));

    [Fact]
    public void AnyOneOfAKindIsNoTarget() =>
        Assert.Equal("?", Actor(Only("وترفض وزارة الخارجية أي محاولة لتدويل قضية المياه.", PloverType.REJECT).Target));

    [Fact]
    public void AnyStateUnnamedIsNoTarget() =>
        Assert.Equal("?", Actor(Only("وأكد الرئيس أن الحكومة لم تتهم أية دولة.", PloverType.ACCUSE).Target));

    [Fact]
    public void SomeOfADefiniteGroupStaysTheTarget() =>
        Assert.Equal("بعض المتظاهرين[-]", Actor(Only("واعتقلت الشرطة بعض المتظاهرين أمس.", PloverType.COERCE).Target));
}
