using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Trigger words read in another noun's sense, kept from coding by Resources/Events/non-triggers.tsv (evsense12): «لقمة»,
/// the morsel of a livelihood or an easy prey, is no ل + summit; the top of a ranking or of a list of priorities is no
/// summit; a post or a place held is no occupation; a telephone with its owner's pronoun is no call; a warning of a danger
/// breaking out is no threat against anyone; a province named by its police is no boycott (NonTriggerTests keeps a
/// seized city an occupation).
/// </summary>
public sealed class EverydayNounTests
{
    [Fact]
    public void EarningALivelihoodIsNoSummit() =>
        Assert.Empty(Coded("ويعمل آلاف الشباب في الموانئ بحثا عن لقمة العيش منذ سنوات."));

    [Fact]
    public void AnEasyPreyIsNoSummit() =>
        Assert.Empty(Coded("وحذر الكاتب من أن تصبح القرى المعزولة لقمة سائغة للعصابات."));

    [Fact]
    public void TheTopOfAListOfPrioritiesIsNoSummit() =>
        Assert.Empty(Coded("ويأتي تحسين التعليم على قمة أولويات المجلس البلدي الجديد."));

    [Fact]
    public void HoldingAPostIsNoOccupation() =>
        Assert.Empty(Coded("وكان أول مهندس يحتل هذا المنصب الرفيع في الوزارة."));

    [Fact]
    public void APhoneWithItsOwnerIsNoCall() =>
        Assert.Empty(Coded("وفحص الخبراء حاسوب المتهم وهاتفه بحثا عن رسائل مشفرة."));

    [Fact]
    public void AWarningOfAWarBreakingOutIsNoThreat() =>
        Assert.Empty(Coded("وحذر الأمين العام من مغبة اندلاع حرب شاملة في المنطقة."));

    [Fact]
    public void APoliceOfAProvinceIsNoBoycott() =>
        Assert.Empty(Coded("وأعلنت شرطة مقاطعة الشمال أن الطريق الساحلي أعيد فتحه."));

    [Fact]
    public void HoldingThisPlaceIsNoOccupation() =>
        Assert.Empty(Coded("وكانت أول امرأة تحتل هذا الموقع في تاريخ النقابة."));
}
