namespace Marsad.Tests.Events;

/// <summary>
/// An act named in a condition (Resources/Events/conditions.tsv: «في حالة»، «شريطة أن»، «بشرط أن»، «ما لم»، «إن لم»، «إذا»، «لو») has not happened
/// and codes no event; the same acts told outside a condition stay, as do acts after a bare «حال» (upon); an act after
/// «ما إذا» (whether) is asked about, no event, but what follows the whether clause is told, no threat. A condition about
/// the past («إذا كان … قد») or on a fact proving true («في حال ثبوت») threatens nothing unless its consequence speaks of
/// the future, and a court's sentence in a
/// consequence is the law's course, no threat (evsense26).
/// </summary>
public sealed class ConditionTests
{
    [Fact]
    public void AnAttackInACaseClauseIsNoEvent() =>
        Assert.Empty(EventTestPipeline.Coded("وحذر الخبراء من ارتفاع أسعار الشحن في حالة هاجمت الميليشيات الموانئ."));

    [Fact]
    public void AWithdrawalAskedForInAProvisoIsNoEvent() =>
        Assert.Empty(EventTestPipeline.Coded("وتستأنف الرحلات الجوية شريطة أن تنسحب القوات من المطار."));

    [Fact]
    public void AWithdrawalAskedForAfterBishartAnIsNoEvent() =>
        Assert.Empty(EventTestPipeline.Coded("وتستأنف شركات الطيران رحلاتها إلى المدينة بشرط أن تنسحب القوات من محيط المطار."));

    [Fact]
    public void AnAirStrikeInANegatedProvisoIsNoEventButTheAgreementStays() =>
        Assert.Equal(["CONCEDE/- asserted"], EventTestPipeline.Coded("ووافق المجلس على رفع الحظر شرط ألا تقصف الطائرات القرى."));

    [Fact]
    public void ASigningUnlessClauseIsNoEvent() =>
        Assert.Empty(EventTestPipeline.Coded("وتتوقف المساعدات ما لم توقع الأطراف اتفاقية السلام."));

    [Fact]
    public void AnArrestInAnIfNotClauseIsNoEvent() =>
        Assert.Empty(EventTestPipeline.Coded("وقالت الصحيفة إن لم تعتقل الشرطة المتهمين فإن الاحتجاجات ستتسع."));

    [Fact]
    public void TheSameAttackOutsideAConditionStays() =>
        Assert.Equal(["ASSAULT/- asserted"], EventTestPipeline.Coded("وحذر الخبراء من ارتفاع أسعار الشحن بعدما هاجمت الميليشيات الموانئ."));

    [Fact]
    public void AShellingAskedAboutIsNoEvent() =>
        Assert.Empty(EventTestPipeline.Coded("ولم تؤكد الوزارة ما إذا كان الجيش قد قصف القرية."));

    [Fact]
    public void AShellingAfterAWhetherClauseIsToldNotThreatened() =>
        Assert.Equal(["ASSAULT/heavy-weapons asserted"], EventTestPipeline.Coded("ولم يتضح ما إذا كان المسلحون قد فروا، وقصف الجيش القرية بالمدفعية."));

    [Fact]
    public void AnArrestUponArrivalStays() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded("وحال وصوله إلى المطار اعتقلت الشرطة المهرب."));

    [Fact]
    public void AnArrestAfterAnAboutWhetherClauseIsToldNotThreatened() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded("وتساءل المحققون عما إذا كان المهرب قد غادر البلاد، واعتقلت الشرطة شقيقه."));

    [Fact]
    public void AnAttackConcludedFromAConditionAboutThePastIsNoThreat() =>
        Assert.Equal(["ASSAULT/- asserted"], EventTestPipeline.Coded("وإذا كانت الحكومة قد سحبت قواتها من الحدود، فإن المتمردين قد شنوا هجوما على المعسكر."));

    [Fact]
    public void AFutureAttackAfterAConditionAboutThePastIsStillAThreat() =>
        Assert.Equal(["THREATEN/violence asserted"], EventTestPipeline.Coded("وقال القائد: «إذا كانت الميليشيا قد قصفت القرية، فسنشن هجوما على معاقلها»."));

    [Fact]
    public void ASentenceACourtMayPassIsNoThreat() =>
        Assert.Equal(["SANCTION/convict asserted", "COERCE/arrest asserted"],
            EventTestPipeline.Coded("وفي حال إدانة الوزير السابق بالفساد، قد تحكم عليه المحكمة بالسجن عشرين عاما."));

    [Fact]
    public void AnArrestByThePoliceInAConsequenceIsStillAThreat() =>
        Assert.Contains("THREATEN/arrest reported", EventTestPipeline.Coded("وقال الوزير إنه في حال استمرار الاحتجاجات، ستعتقل الشرطة قادة المعارضة."));

    [Fact]
    public void AnAttackToldAfterAConditionOnAFactProvingTrueIsNoThreat() =>
        Assert.Equal(["ASSAULT/- asserted"], EventTestPipeline.Coded("وفي حال ثبوت اختطاف الصحفيين، فإن ذلك يأتي بعد هجوم المسلحين على القافلة الأسبوع الماضي."));

    [Fact]
    public void AFutureStrikeIfAnInvolvementIsProvenIsStillAThreat() =>
        Assert.Contains("THREATEN/violence asserted", EventTestPipeline.Coded("وقال الوزير: «إذا ثبت تورط الميليشيا في الهجوم، فسنقصف معسكراتها»."));
}
