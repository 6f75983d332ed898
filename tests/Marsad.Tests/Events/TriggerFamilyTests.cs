using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Families of act words in Resources/Events/triggers.tsv and the senses non-triggers.tsv keeps out of them: giving the
/// green light approves and holding out the olive branch offers peace (AGREE), thanking is praise (SUPPORT), حارب fights an armed party (ASSAULT) but not corruption or for a cause, a protocol or a
/// charter is signed like an agreement, power handed over is a resignation (so «لن يسلم السلطة» refuses to yield) while
/// power taken up is no act, storming a prison is an assault, an aggression called suicidal is a suicide attack;
/// «يجور … على» encroaches (no agreement in between), a force that endangers a town states no threat, and agreeing with
/// a view named after a demonstrative is sharing it.
/// </summary>
public sealed class TriggerFamilyTests
{
    [Fact]
    public void GivingTheGreenLightIsAnAgreement() =>
        Assert.Equal(["AGREE/- asserted"], Coded("أعطى مجلس النواب الضوء الأخضر للحكومة لبيع حصتها في الشركة."));

    [Fact]
    public void FightingRebelsIsAnAssault() =>
        Assert.Equal(["ASSAULT/- asserted"], Coded("ويحارب الجيش النظامي المتمردين في الجبال منذ عامين."));

    [Fact]
    public void FightingCorruptionIsNoAssault() =>
        Assert.Empty(Coded("وتحارب الحكومة الفساد في الإدارات العامة."));

    [Fact]
    public void SigningAProtocolIsSigningAnAgreement() =>
        Assert.Equal(["SUPPORT/- asserted"], Coded("ووقعت تونس في الرباط مع المغرب على بروتوكول للتعاون في مجال الصيد."));

    [Fact]
    public void RefusingToHandOverPowerIsARefusalToYield() =>
        Assert.Equal(["REJECT/yield asserted"], Coded("وأكد الجنرال أنه لن يسلم السلطة قبل إجراء الانتخابات."));

    [Fact]
    public void TakingUpPowerIsNoHandover() =>
        Assert.Empty(Coded("وتسلم الرئيس الجديد السلطة في الأسبوع الماضي."));

    [Fact]
    public void StormingAPrisonIsAnAssault() =>
        Assert.Equal(["ASSAULT/- asserted"], Coded("واقتحم مسلحون السجن المركزي في شرق البلاد ليلة أمس."));

    [Fact]
    public void AnAggressionCalledSuicidalIsASuicideAttack() =>
        Assert.Contains("ASSAULT/suicide-attack asserted", Coded("وأدان المجلس الاعتداء الانتحاري على مركز الشرطة."));

    [Fact]
    public void EncroachingOnRightsIsNoAgreement() =>
        Assert.Empty(Coded("وقال النائب إنه يخشى أن يجور الاتفاق على حقوق العمال."));

    [Fact]
    public void AForceEndangeringATownStatesNoThreat() =>
        Assert.DoesNotContain(Coded("وسيطر المسلحون على الطريق وهددوا بلدة صغيرة في الجنوب."), e => e.StartsWith("THREATEN"));

    [Fact]
    public void AgreeingWithAViewAfterADemonstrativeIsNoAgreement() =>
        Assert.Empty(Coded("واتفق المحلل مع هذا الطرح في مقابلة تلفزيونية."));

    [Fact]
    public void ThankingAPartyIsPraise()
    {
        Assert.Equal(["SUPPORT/- asserted"], Coded("وشكر الرئيس الفرنسي المملكة على دعمها للمبادرة."));
        Assert.Equal(["SUPPORT/- asserted"], Coded("وقدم الوفد الشكر للحكومة الأردنية على حسن الاستقبال."));
    }

    [Fact]
    public void WavingTheOliveBranchOffersPeace() =>
        Assert.Equal(["AGREE/- asserted"], Coded("ولوحت الحكومة بغصن الزيتون أمام خصومها في الشمال."));
}
