using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// More families of act words in Resources/Events/triggers.tsv and the senses non-triggers.tsv keeps out of them:
/// objecting with على is a refusal, a contract signed is a signed agreement (a social contract is not), a landing of
/// troops and forces heading for a place are a mobilization, a bare «هنأ» is praise; shooting practice and killing time
/// are no acts. And a harm of its own kind (an abduction, a destruction) that joins an assault named without a mode lends
/// it no mode (MentionMerger).
/// </summary>
public sealed class TriggerSenseClassesTests
{
    [Fact]
    public void ObjectingToSomethingIsARefusal() =>
        Assert.Equal(["REJECT/- reported"], Coded("وقال النائب إن أعضاء الكتلة يعترضون على مشروع الموازنة الجديد."));

    [Fact]
    public void SigningContractsIsSigningAnAgreement() =>
        Assert.Equal(["SUPPORT/- asserted"], Coded("ووقعت شركة الطيران الوطنية عقدا مع الحكومة الكينية في نيروبي."));

    [Fact]
    public void ASocialContractIsNoContractBetweenParties() =>
        Assert.Empty(Coded("وقال زعيم الحزب إن الأحزاب ستوقع عقدا اجتماعيا جديدا بعد الحرب."));

    [Fact]
    public void ALandingOfTroopsIsAMobilization() =>
        Assert.Equal(["MOBILIZE/troops asserted"], Coded("ونفذت القوات البحرية الفرنسية عملية إنزال بري على الساحل الليبي."));

    [Fact]
    public void ForcesHeadingForAPlaceAreAMobilization() =>
        Assert.Equal(["MOBILIZE/troops asserted"], Coded("وتوجهت قوات من الجيش المالي إلى مدينة تمبكتو صباح اليوم."));

    [Fact]
    public void ABareCongratulationIsPraise() =>
        Assert.Equal(["SUPPORT/- asserted"], Coded("وفي الحفل هنأ الرئيس التونسي الشعب الجزائري بعيد الاستقلال."));

    [Fact]
    public void ShootingPracticeIsNoAttack() =>
        Assert.Empty(Coded("وكان الجندي الأمريكي يتردد على نادي إطلاق النار في ولاية تكساس."));

    [Fact]
    public void KillingTimeIsNoKilling() =>
        Assert.Empty(Coded("وقال الوزير المصري إن الشباب يقتلون الوقت أمام الشاشات."));

    [Fact]
    public void AnAbductionLendsAKillingNoMode() =>
        Assert.Equal(["ASSAULT/- asserted"], Coded("وقتل المسلحون الحراس في المصنع وخطف المهندسين الأجانب."));

    [Fact]
    public void ADestructionLendsFightingNoMode() =>
        Assert.Equal(["ASSAULT/- asserted"], Coded("واندلعت اشتباكات عنيفة بين الجيش والمتمردين في مدينة بنغازي، ودمرت المدفعية عشرات المنازل."));
}
