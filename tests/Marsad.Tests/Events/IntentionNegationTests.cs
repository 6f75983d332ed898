namespace Marsad.Tests.Events;

/// <summary>
/// A negation reaching the act through a noun of intention or plan (intentions.tsv): «ليس لدى … خطط لـ», «لا نية لدى …
/// لـ», «لا توجد خطة لـ» negate the act (on the base they were reported, as told in the quote), with ليس inflected too
/// («ليست لديها نية»); a noun of intention of the doer's own makes it planned («نيتها في طرد»); and a negation of the
/// ordinal first («ليس أول مرة») negates no act.
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

    [Fact]
    public void NoIntentionWithTheFeminineLaysaNegatesTheExpulsion() =>
        Assert.Equal(["SANCTION/expel negated"], EventTestPipeline.Coded(
            "وأكد المتحدث أن الحكومة ليست لديها نية لطرد السفير."));

    [Fact]
    public void AnIntentionOfItsOwnMakesTheExpulsionPlanned() =>
        Assert.Equal(["SANCTION/expel planned"], EventTestPipeline.Coded(
            "وأعلنت الحكومة الكندية عن نيتها في طرد السفير الروسي."));

    [Fact]
    public void NotTheFirstTimeLeavesTheArrestAsserted() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded(
            "وهذا ليس أول مرة تعتقل فيها الشرطة صحفيين في المدينة."));
}
