namespace Marsad.Tests.Events;

/// <summary>
/// Classes of construction the events step reads (sentences written for these tests): who underwent an event named beside a
/// patient verb («تعرض ل»); the two parties «بين X و Y» names right after an event noun; the object a coordinated verb
/// takes when its gender or number rules the noun out as subject; a bare perfect that is the verb by its place; organizations named
/// by kind; عرض showing a work or goods, not offering.
/// </summary>
public sealed class ConstructionClassTests
{
    private static string[] Describe(string text) => EventTestPipeline.DescribeAll(text);

    [Fact]
    public void TheWholeSubjectBetweenAPatientVerbAndItsEventNounIsTheTarget() =>
        Assert.Equal(["COERCE/cyber asserted ? → مواقع عدد من الوزارات المغربية[MAR] -"],
            Describe("تعرضت مواقع عدد من الوزارات المغربية لهجمات إلكترونية."));

    [Fact]
    public void ASubjectWithNoStateBeforeItsEventNounIsStillTheTarget() =>
        Assert.Equal(["ASSAULT/firearms asserted ? → سفينة شحن[-] -"],
            Describe("وتعرضت سفينة شحن لإطلاق نار قبالة السواحل الصومالية."));

    [Fact]
    public void TheSubjectFirstInAPatientVerbsClauseIsTheTarget() =>
        Assert.Equal(["ASSAULT/torture reported ? → ناشطين[-] -"],
            Describe("وقال محامون إن ناشطين في سجن طرة تعرضوا للتعذيب."));

    [Fact]
    public void AnAssetWithAPossessiveBeforeAPatientVerbBelongsToTheActorNamedBefore() =>
        Assert.Equal(["COERCE/cyber reported ? → شركة الكهرباء الكويتية[KWT] -"],
            Describe("أعلنت شركة الكهرباء الكويتية أن أنظمتها تعرضت لاختراق إلكتروني."));

    [Fact]
    public void BetweenRightAfterAnEventNounNamesItsSourceAndTarget() =>
        Assert.Equal(["CONSULT/- asserted الرئيس الفرنسي[FRA] → نظيره الإيراني[IRN] -"],
            Describe("وجرت المحادثات بين الرئيس الفرنسي ونظيره الإيراني في باريس."));

    [Fact]
    public void BetweenAfterAnEventNounsAdjectiveNamesItsSourceAndTarget() =>
        Assert.Equal(["ASSAULT/- asserted الجيش السوداني[SDN] → قوات الدعم السريع[SDN] -"],
            Describe("تجددت الاشتباكات العنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم."));

    [Fact]
    public void BetweenQualifyingAnotherNounNamesNoPartiesOfTheEvent() =>
        Assert.Equal(["CONSULT/- asserted وزير الخارجية القطري[QAT] → نظيره التركي[TUR] -"],
            Describe("بحث وزير الخارجية القطري مع نظيره التركي التوتر بين باكستان والهند."));

    [Fact]
    public void AFeminineNounAfterACoordinatedMasculineVerbIsItsObjectAndTheSubjectIsShared() =>
        Assert.Equal(["ACCUSE/disapprove asserted الرئيس التونسي[TUN] → ? -", "ASSAULT/- asserted ? → السفارة التونسية في طرابلس[TUN] -",
                "REQUEST/change asserted الرئيس التونسي[TUN] → السلطات الليبية[LBY] -"],
            Describe("أدان الرئيس التونسي الاعتداء على السفارة التونسية في طرابلس، وطالب السلطات الليبية بحماية البعثات."));

    [Fact]
    public void ABarePerfectOpeningItsSentenceBeforeItsSubjectIsTheVerb() =>
        Assert.Equal(["REQUEST/change asserted الرئيس اليمني[YEM] → الميليشيات الحوثية[YEM] -"],
            Describe("طالب الرئيس اليمني الميليشيات الحوثية باحترام الهدنة."));

    [Fact]
    public void ABarePerfectBeforeANisbaIsTheNounAndNoEvent() =>
        Assert.Empty(Describe("طالب سعودي يفوز بجائزة دولية في الرياضيات."));

    [Fact]
    public void OrganizationsNamedByKindAreTheSourceOfTheirDemand() =>
        Assert.Equal(["REQUEST/yield asserted منظمات حقوقية[-] → ? -"],
            Describe("وطالبت منظمات حقوقية بالإفراج عن المعتقلين السياسيين في تونس."));

    [Fact]
    public void ShowingAWorkOrGoodsIsNoOffer()
    {
        Assert.Empty(Describe("يعرض الفيلم الوثائقي على قناة الجزيرة مساء الجمعة."));
        Assert.Empty(Describe("وعرضت الشركات السعودية منتجاتها على الزوار في المعرض الدولي."));
    }

    [Fact]
    public void AnOfferToAStateIsStillAnOffer() =>
        Assert.Equal(["AGREE/- asserted الولايات المتحدة[USA] → أوكرانيا[UKR] -"],
            Describe("وعرضت الولايات المتحدة على أوكرانيا حزمة مساعدات عسكرية جديدة."));

    [Fact]
    public void ANounAfterAPluralPerfectIsItsObjectAndTheSubjectIsShared() =>
        Assert.Equal(["PROTEST/demo asserted مئات المعلمين[MAR] → البرلمان المغربي[MAR] -", "REQUEST/change asserted مئات المعلمين[MAR] → الحكومة[MAR] -"],
            Describe("تظاهر مئات المعلمين أمام البرلمان المغربي في الرباط، وطالبوا الحكومة بزيادة الأجور."));
}
