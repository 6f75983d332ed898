using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Trigger words read in another sense or another type: a verb form after a preposition that never governs a verb is a
/// name (TriggerFinder, arguments.tsv noun_preposition); what a relative clause says was achieved is no investigation
/// (SenseFilter); a vote named with the clause of who called it asks nobody to act (non-triggers.tsv vote); a conviction
/// named by its verbal noun and charge is a verdict, not a condemnation, and giving up a throne is a resignation
/// (triggers.tsv).
/// </summary>
public sealed class TriggerSenseNamesAndVerdictsTests
{
    [Fact]
    public void AVerbFormAfterAPrepositionIsAName() =>
        Assert.Empty(Coded("ويقع المعسكر الجديد في قاطع الشمال قرب النهر."));

    [Fact]
    public void AThreeLetterVerbalNounAfterAPrepositionStaysAnAct() =>
        Assert.Equal(["ASSAULT/abduct reported"], Coded("وأعلنت الجماعة مسؤوليتها عن خطف الصيادين الأتراك."));

    [Fact]
    public void VictoriesARelativeClauseSaysWereAchievedAreNoInvestigation() =>
        Assert.Empty(Coded("وتحدث المحافظ عن الانتصارات التي حققتها القوات الحكومية في المدينة."));

    [Fact]
    public void AReferendumNamedWithWhoCalledItIsNoDemand() =>
        Assert.Empty(Coded("وصوت الناخبون في الاستفتاء الذي دعا إليه رئيس الوزراء الأسبوع الماضي."));

    [Fact]
    public void AConvictionNamedByItsChargeIsAVerdict() =>
        Assert.Equal(["SANCTION/convict asserted"], Coded("وغادر الوزير السابق السجن بعد ثلاث سنوات من إدانته بتهمة الرشوة."));

    [Fact]
    public void GivingUpTheThroneIsAResignation() =>
        Assert.Equal(["RETREAT/resign asserted"], Coded("وأعلن العاهل الإسباني تخليه عن العرش لصالح ابنه."));

    [Fact]
    public void AHeadOfStateGivingUpPowerResigns() =>
        Assert.Equal(["RETREAT/resign asserted"], Coded("وقد تخلى الرئيس عن السلطة بعد الاحتجاجات."));
}
