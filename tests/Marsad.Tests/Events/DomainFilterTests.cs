namespace Marsad.Tests.Events;

/// <summary>
/// Events/Domain/DomainFilter through the default pipeline: a sports sentence codes no event, while a political sentence
/// that holds one ambiguous sports word («الفريق» is also a military rank) still does.
/// </summary>
public sealed class DomainFilterTests
{
    private static string[] Describe(string text) =>
        EventTestPipeline.Events(text).Select(EventTestPipeline.Describe).ToArray();

    [Fact]
    public void ASentenceWithTwoSportsCuesCodesNoEvent() =>
        Assert.Empty(Describe("شن مهاجم الفريق هجوما خطيرا على مرمى النادي المنافس في الدقيقة الأخيرة."));

    [Fact]
    public void AMatchAloneMakesASentenceSportsNews() =>
        Assert.Empty(Describe("طرد الحكم مدافع الأهلي في المباراة بعد خطأ عنيف."));

    [Fact]
    public void APoliticalSentenceWithOneAmbiguousSportsWordStillCodes() =>
        Assert.Equal(["CONSULT/visit asserted وزير الدفاع المصري[EGY] → الخرطوم[SDN] -"],
            Describe("زار وزير الدفاع المصري الخرطوم برفقة الفريق الطبي."));
}
