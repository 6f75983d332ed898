namespace Marsad.Tests.Events;

/// <summary>
/// Acts that have not happened by the words around them (evmod19): one a party prepares for or wants (modality.tsv
/// `before`: يستعد، يرغب), one it may do («قد» before an imperfect, Modality/PossibleAct), both planned; one failed at
/// through a preposition (modality.tsv `fail`), negated, also through a noun of obtaining and past a time (evmod20:
/// «فشلت الشركة في الحصول على موافقة»). An act a party admits through ب (`tell`: اعترف) is reported, and
/// so is the verb of a clause news tells through a complementiser (`report`: «أخبارا بأن …»).
/// </summary>
public sealed class UnrealizedIntentModalityTests
{
    [Fact]
    public void AnActFailedAtIsNegated() =>
        Assert.Equal(["COERCE/seize negated"], EventTestPipeline.Coded(
            "فشلت القوات الحكومية في اقتحام المدينة أمس الأحد."));

    [Fact]
    public void AnApprovalACompanyFailedToObtainIsNegated() =>
        Assert.Equal(["AGREE/- negated"], EventTestPipeline.Coded(
            "وفشلت الشركة في الحصول على موافقة الهيئة."));

    [Fact]
    public void AnApprovalFailedAtLastWeekIsNegatedThoughTheTimeStandsBetween() =>
        Assert.Equal(["AGREE/- negated"], EventTestPipeline.Coded(
            "وفشلت الحكومة اليونانية الأسبوع الماضي في الحصول على موافقة الدائنين."));

    [Fact]
    public void AnActAPartyPreparesForIsPlanned() =>
        Assert.Equal(["COERCE/seize planned"], EventTestPipeline.Coded(
            "تستعد القوات العراقية لاقتحام مدينة الفلوجة."));

    [Fact]
    public void AnAgreementAPartyWantsIsAPlannedAgreement() =>
        Assert.Equal(["AGREE/- planned"], EventTestPipeline.Coded(
            "ترغب الحكومة في توقيع اتفاق مع النقابات."));

    [Fact]
    public void AnActAPartyMayDoIsPlannedEvenOnASourcesWord() =>
        Assert.Equal(["SANCTION/discontinue planned"], EventTestPipeline.Coded(
            "وقد تفرض الحكومة عقوبات جديدة على الشركات، بحسب المحللين."));

    [Fact]
    public void AnActAPartyAdmitsIsReported() =>
        Assert.Equal(["ASSAULT/- reported"], EventTestPipeline.Coded(
            "واعترفت الحكومة بمقتل عشرة جنود في الكمين."));

    [Fact]
    public void AnActInTheClauseNewsTellsIsReported() =>
        Assert.Equal(["ASSAULT/- reported"], EventTestPipeline.Coded(
            "ونشرت صحف بريطانية أخبارا بأن الجيش سيطر على المطار."));
}
