namespace Marsad.Tests.Events;

/// <summary>
/// A negation reaching the act through a noun of intention or plan (intentions.tsv): «ليس لدى … خطط لـ», «لا نية لدى …
/// لـ», «لا توجد خطة لـ» negate the act; a plan with no negation before it does not.
/// </summary>
public sealed class IntentionNegationTests
{
    [Fact]
    public void NoPlansHeldByAStateNegateTheVisit() =>
        Assert.Equal(["CONSULT/visit negated"], EventTestPipeline.Coded(
            "وقال المتحدث إنه ليس لدى الحكومة المصرية خطط لزيارة العاصمة السودانية."));

    [Fact]
    public void NoIntentionHeldByTheMinistryNegatesTheSanction() =>
        Assert.Equal(["SANCTION/discontinue negated"], EventTestPipeline.Coded(
            "وأكد المتحدث أنه لا نية لدى الوزارة لفرض عقوبات على الشركة."));

    [Fact]
    public void NoPlanThereIsNegatesTheArrest() =>
        Assert.Equal(["COERCE/arrest negated"], EventTestPipeline.Coded(
            "وأوضح المصدر أنه لا توجد أي خطة لاعتقال قادة المعارضة في العاصمة."));
}
