namespace Marsad.Tests.Events;

/// <summary>
/// What a negation makes of an act: turning a demand down («لم تستجب لمطالب», compliance.tsv: a refusal), an outcome that
/// did not come of talks that took place («لم تسفر المفاوضات عن أي اتفاق»), a negation set against reports («على عكس ما
/// أشيع», «نافية تقارير»: denied); and acts told as background from an earlier year, which code no event.
/// </summary>
public sealed class NegationScopeTests
{
    [Fact]
    public void NotComplyingWithADemandIsARefusal() =>
        Assert.Equal(["REJECT/change asserted"], EventTestPipeline.Coded(
            "لم تستجب الحكومة الأردنية لمطالب النقابات المهنية برفع الأجور."));

    [Fact]
    public void ComplyingWithADemandIsAConcession() =>
        Assert.Equal(["CONCEDE/- asserted"], EventTestPipeline.Coded(
            "استجابت الحكومة الأردنية لمطالب النقابات المهنية برفع الأجور."));

    [Fact]
    public void TalksThatCameToNoAgreementTookPlace() =>
        Assert.Equal(["SUPPORT/- negated", "CONSULT/- asserted"], EventTestPipeline.Coded(
            "لم تسفر جولة المفاوضات بين مصر وإثيوبيا في القاهرة عن أي اتفاق بشأن تشغيل السد."));

    [Fact]
    public void ANegationSetAgainstRumoursIsADenial() =>
        Assert.Equal(["COOPERATE/- denied"], EventTestPipeline.Coded(
            "ولم تتسلم الجزائر حتى الآن أي شحنة من منظومات الدفاع الجوي الروسية، على عكس ما أشيع."));

    [Fact]
    public void ANegationSetAgainstReportsByADenyingParticipleIsADenial() =>
        Assert.Equal(["REQUEST/- denied"], EventTestPipeline.Coded(
            "أكدت وزارة الخارجية التونسية أنها لم تتلق أي طلب رسمي من باريس لاستقبال المرحلين، نافية تقارير فرنسية بهذا الشأن."));

    [Fact]
    public void ADenialOfWhatWasToldReachesTheWholeClause() =>
        Assert.Equal(["COERCE/arrest denied"], EventTestPipeline.Coded(
            "نفت وزارة الداخلية الأردنية صحة ما تردد في عدد من المواقع الإخبارية وحسابات التواصل الاجتماعي خلال الأيام الماضية عن اعتقال صحفيين."));

    [Fact]
    public void AnActToldAsBackgroundFromAnEarlierYearIsNoEvent() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded(
            "اعتقلت الشرطة الكينية أمس الناشط الذي قاد احتجاجات عام 2019 في نيروبي."));

    [Fact]
    public void AnActDatedInTheArticlesOwnYearIsAnEvent() =>
        Assert.Equal(["COERCE/arrest asserted", "PROTEST/demo asserted"], EventTestPipeline.Coded(
            "اعتقلت الشرطة الكينية أمس الناشط الذي قاد احتجاجات عام 2024 في نيروبي."));

    [Fact]
    public void AnActOfAFewMonthsAgoIsStillAnEvent() =>
        Assert.Equal(2, EventTestPipeline.Events(
            "وكانت الشرطة قد اعتقلت الصحفي في ديسمبر الماضي، قبل أن تفرج عنه المحكمة أمس.").Count);
}
