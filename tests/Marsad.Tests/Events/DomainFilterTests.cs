namespace Marsad.Tests.Events;

/// <summary>
/// Events/Domain/DomainFilter through the default pipeline: a sports sentence codes no event, while a political sentence
/// that holds one ambiguous sports word («الفريق» is also a military rank) still does.
/// </summary>
public sealed class DomainFilterTests
{
    [Fact]
    public void ASentenceWithTwoSportsCuesCodesNoEvent() =>
        Assert.Empty(EventTestPipeline.DescribeAll("شن مهاجم الفريق هجوما خطيرا على مرمى النادي المنافس في الدقيقة الأخيرة."));

    [Fact]
    public void AMatchAloneMakesASentenceSportsNews() =>
        Assert.Empty(EventTestPipeline.DescribeAll("طرد الحكم مدافع الأهلي في المباراة بعد خطأ عنيف."));

    [Fact]
    public void APoliticalSentenceWithOneAmbiguousSportsWordStillCodes() =>
        Assert.Equal(["CONSULT/visit asserted وزير الدفاع المصري[EGY] → الخرطوم[SDN] -"],
            EventTestPipeline.DescribeAll("زار وزير الدفاع المصري الخرطوم برفقة الفريق الطبي."));
}
