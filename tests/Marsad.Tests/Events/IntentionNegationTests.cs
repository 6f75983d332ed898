namespace Marsad.Tests.Events;

/// <summary>
/// A negation reaching the act through a noun of intention or plan (intentions.tsv): «ليس لدى … خطط لـ», «لا نية لدى …
/// لـ», «لا توجد خطة لـ» negate the act (on the base they were reported, as told in the quote).
/// </summary>
public sealed class IntentionNegationTests
{
    [Fact]
    public void NoPlansHeldByAStateNegateTheArrest() =>
        Assert.Equal(["COERCE/arrest negated"], EventTestPipeline.Coded(
            "وقال المتحدث إنه ليس لدى الحكومة المصرية خطط لاعتقال الصحفيين في العاصمة."));

    [Fact]
    public void NoIntentionHeldByTheMinistryNegatesTheSanction() =>
        Assert.Equal(["SANCTION/discontinue negated"], EventTestPipeline.Coded(
            "وأكد المتحدث أنه لا نية لدى الوزارة لفرض عقوبات على الشركة."));

    [Fact]
    public void NoPlanThereIsNegatesTheArrestOfLeaders() =>
        Assert.Equal(["COERCE/arrest negated"], EventTestPipeline.Coded(
            "وأوضح المصدر أنه لا توجد أي خطة لاعتقال قادة المعارضة في العاصمة."));
}
