using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A mention with no doer and no recipient whose words say it names no act that happened between parties
/// (Resources/Events/non-acts.tsv, Domain/NonActFilter): a rule of law, a possibility, a habit, a figure of another
/// field, a kind of person, a danger. A mention with a named party, or words that say it happened, stays.
/// </summary>
public sealed class NonActTests
{
    [Fact]
    public void APenaltyTheLawLaysDownIsNoConviction() =>
        Assert.Empty(Coded("ويعاقب القانون على هذه المخالفة بالسجن مدة لا تقل عن سنة."));

    [Fact]
    public void ClashesThatUsuallyBreakOutAreNoEvent() =>
        Assert.Empty(Coded("وعادة ما تندلع الاشتباكات في الأسواق الشعبية مع حلول الظلام."));

    [Fact]
    public void TalksThatCouldLeadSomewhereAreNoMeeting() =>
        Assert.Empty(Coded("ويمكن أن تفضي المفاوضات إلى تهدئة طويلة في الإقليم."));

    [Fact]
    public void APoliticalBattleIsNoAssault() =>
        Assert.Empty(Coded("وابتعد النائب السابق عن المعارك السياسية منذ سنوات."));

    [Fact]
    public void ADangerFacedIsNoThreat() =>
        Assert.Empty(Coded("وقال الباحث إن التهديد الذي تواجهه المدن الساحلية يتزايد كل عام."));

    [Fact]
    public void ThreatsSufferedAreStillAThreat() =>
        Assert.Equal(["THREATEN/- asserted"], Coded("وتعرضت الصحيفة لتهديدات بالإغلاق بعد نشر التحقيق."));

    [Fact]
    public void AnAgreementOnAPoliticalSettlementIsStillAnAgreement() =>
        Assert.NotEmpty(Coded("ووقعت الفصائل المتنازعة على اتفاق سياسي في الدوحة أمس."));

    [Fact]
    public void AnAgreementSettingOutAPenaltyIsStillAnAgreement() =>
        Assert.NotEmpty(Coded("وتوصل أعضاء المجلس إلى اتفاق ينص على تجريم التحريض."));
}
