using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A mention whose words say it names no act that happened between parties (Resources/Events/non-acts.tsv,
/// Domain/NonActFilter): a rule of law whatever parties the arguments read into it; and, for a mention with no doer and
/// no recipient, a habit, a figure of another field, a danger. A mention with a named party, or told as done, stays.
/// </summary>
public sealed class NonActTests
{
    [Fact]
    public void APenaltyTheLawLaysDownIsNoConviction() =>
        Assert.Empty(Coded("ويعاقب القانون على هذه المخالفة بالسجن مدة لا تقل عن سنة."));

    [Fact]
    public void APenaltyADecreeProvidesIsNoConvictionButAPunishmentDemandedStays()
    {
        Assert.Empty(Coded("وتضمن النظام الجديد المعاقبة بالسجن مدة لا تقل عن ثلاث سنوات لمن يخالف أحكامه."));
        Assert.Equal(["REQUEST/change asserted"], Coded("وطالب النواب الحكومة بمعاقبة المسؤولين عن الحادث."));
    }

    [Fact]
    public void APrisonTermBoundedByTheLawIsNoArrestButACourtsSentenceStays()
    {
        Assert.Empty(Coded("وينص النظام على المعاقبة بالغرامة، كما يسجن مدة لا تزيد على خمس سنوات كل من ساعد المخالفين."));
        Assert.Equal(["SANCTION/convict asserted", "COERCE/arrest asserted"], Coded("وحكمت المحكمة بسجن المتهم خمس سنوات بتهمة مساعدة المخالفين."));
    }

    [Fact]
    public void ClashesThatUsuallyBreakOutAreNoEvent() =>
        Assert.Empty(Coded("وقال وزير الداخلية الأردني إن الاشتباكات عادة ما تندلع في الأسواق الشعبية ليلاً."));

    [Fact]
    public void ClashesThatBrokeOutStay() =>
        Assert.Equal(["ASSAULT/- reported"], Coded("وقال وزير الداخلية الأردني إن الاشتباكات اندلعت في الأسواق الشعبية ليلاً."));

    [Fact]
    public void PoliticalBattlesAreNoAssault() =>
        Assert.Empty(Coded("وقال وزير الداخلية الأردني إن المعارك السياسية تشتد قبل الانتخابات."));

    [Fact]
    public void BattlesWithNoOtherFieldStay() =>
        Assert.Equal(["ASSAULT/- reported"], Coded("وقال وزير الداخلية الأردني إن المعارك تشتد قبل الانتخابات."));

    [Fact]
    public void ADangerFacedIsNoThreat() =>
        Assert.Empty(Coded("وقال وزير الخارجية المصري إن التهديد الذي تواجهه المنطقة يتزايد."));

    [Fact]
    public void ThreatsSufferedAreStillAThreat() =>
        Assert.Equal(["THREATEN/- asserted"], Coded("وتعرضت الصحيفة لتهديدات بالإغلاق بعد نشر التحقيق."));

    [Fact]
    public void AnAgreementOnAPoliticalSettlementIsStillAnAgreement() =>
        Assert.Equal(["SUPPORT/- asserted"], Coded("ووقعت الفصائل المتنازعة على اتفاق سياسي في الدوحة أمس."));

    [Fact]
    public void AnAgreementSettingOutAPenaltyIsStillAnAgreement() =>
        Assert.Equal(["SUPPORT/- asserted"], Coded("وتوصل أعضاء المجلس إلى اتفاق ينص على تجريم التحريض."));
}
