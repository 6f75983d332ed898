namespace Marsad.Tests.Events;

/// <summary>
/// Words that look like triggers but name no event: religious formulas and idioms (Resources/Events/non-triggers.tsv),
/// a patient verb («تعرض ل» undergo, not «عرض» offer) and an adverb read as a verb (و + هناك, not هنأ).
/// </summary>
public sealed class NonTriggerTests
{
    private static string[] Describe(string text) =>
        EventTestPipeline.Events(text).Select(EventTestPipeline.Describe).ToArray();

    [Fact]
    public void TheBlessingOnTheProphetIsNoHandover() =>
        Assert.Empty(Describe("وقال الخطيب إن النبي صلى الله عليه وسلم أوصى بالجار خيرا."));

    [Fact]
    public void APraiseFormulaAfterTheNameOfGodIsNoEvent() =>
        Assert.Empty(Describe("وذكر الإمام أن الله عز وجل أمر بالعدل بين الناس."));

    [Fact]
    public void RankingFirstIsNoOccupation() =>
        Assert.Empty(Describe("احتلت الجامعة المركز الأول في التصنيف العربي هذا العام."));

    [Fact]
    public void FilmPiracyIsNoCyberAttack() =>
        Assert.Empty(Describe("حذرت الشركة من قرصنة الأفلام عبر المواقع المجانية."));

    [Fact]
    public void ASeizedCityIsStillAnOccupation() =>
        Assert.Equal(["COERCE/seize asserted القوات الروسية[RUS] → المدينة[-] -", "ASSAULT/- asserted ? → ? -"],
            Describe("احتلت القوات الروسية المدينة بعد معارك عنيفة."));

    [Fact]
    public void BeingSubjectedToCriticismIsNoOfferButTheCriticismTargetsTheSubject() =>
        Assert.Equal(["ACCUSE/disapprove asserted ? → الوزير[-] -"], Describe("تعرض الوزير لانتقادات واسعة على مواقع التواصل."));

    [Fact]
    public void AndThereIsIsNoCongratulation() =>
        Assert.Empty(Describe("وهناك مخاوف كبيرة لدى السكان من ارتفاع الأسعار."));
}
