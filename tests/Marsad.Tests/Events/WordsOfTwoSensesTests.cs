namespace Marsad.Tests.Events;

/// <summary>
/// Words news uses in two senses, coded by the one they have (evsense27): a state's protests are its official complaint
/// (ACCUSE disapprove, PLOVER's diplomatic protest; StateProtest), a crowd's stay a demonstration; a protest lodged or
/// made officially is a complaint; giving up power or office is a resignation (RETREAT resign), giving up a claim a
/// concession; the sentenced to death are sentenced (SANCTION convict), not killed; a finger of accusation pointed is an
/// accusation its verb's negation negates; targeting an audience with propaganda is no attack (physical-senses.tsv
/// `means`), targeting with rockets is.
/// </summary>
public sealed class WordsOfTwoSensesTests
{
    [Fact]
    public void AGovernmentsProtestsAreItsOfficialComplaint() =>
        Assert.Equal(["ACCUSE/disapprove asserted", "COERCE/arrest asserted"], EventTestPipeline.Coded(
            "وأبدت الحكومة الفرنسية احتجاجاتها الشديدة على اعتقال الصحافي."));

    [Fact]
    public void ProtestersProtestsStayADemonstration() =>
        Assert.Equal(["PROTEST/demo asserted"], EventTestPipeline.Coded(
            "وواصل المتظاهرون احتجاجاتهم أمام مبنى البرلمان لليوم الثالث."));

    // Guard (passes on fe96e452): a people named by its country is no state lodging a protest.
    [Fact]
    public void APeopleWithACountryDemonstratingIsNoGovernment() =>
        Assert.Equal(["PROTEST/demo asserted"], EventTestPipeline.Coded(
            "وتظاهر آلاف الصرب في بلغراد للمطالبة باستقالة الوزير."));

    [Fact]
    public void APeoplesProtestsStayADemonstration() =>
        Assert.Equal(["PROTEST/demo asserted"], EventTestPipeline.Coded(
            "وتواصلت احتجاجات الفلسطينيين في الضفة الغربية."));

    [Fact]
    public void AProtestLodgedIsAComplaint() =>
        Assert.Equal(["ACCUSE/disapprove asserted"], EventTestPipeline.Coded(
            "وقدمت السفارة الأردنية احتجاجا رسميا إلى وزارة الخارجية."));

    [Fact]
    public void AStateProtestingOfficiallyComplains() =>
        Assert.Equal(["ACCUSE/disapprove asserted", "MOBILIZE/weapons asserted"], EventTestPipeline.Coded(
            "واحتجت موسكو رسميا لدى واشنطن على نشر الصواريخ."));

    [Fact]
    public void GivingUpPowerIsAResignation() =>
        Assert.Equal(["RETREAT/resign asserted"], EventTestPipeline.Coded(
            "وأعلن الرئيس تنازله عن السلطة للجيش."));

    [Fact]
    public void GivingUpAClaimStaysAConcession() =>
        Assert.Equal(["CONCEDE/- asserted"], EventTestPipeline.Coded(
            "وتنازلت الشركة عن حقها في التعويض."));

    [Fact]
    public void TheSentencedToDeathWereSentencedNotKilled() =>
        Assert.Equal(["SANCTION/convict asserted"], EventTestPipeline.Coded(
            "ونقلت السلطات اثنين من المحكومين بالإعدام من قبل محكمة أمن الدولة إلى سجن آخر."));

    [Fact]
    public void AFingerOfAccusationNotPointedIsANegatedAccusation() =>
        Assert.Equal(["ACCUSE/allege negated"], EventTestPipeline.Coded(
            "وقال الوزير إنه لا يشير بأصابع الاتهام إلى أي جهة حتى الآن."));

    [Fact]
    public void TargetingAnAudienceWithPropagandaIsNoAttack() =>
        Assert.Empty(EventTestPipeline.Coded(
            "وتم استهداف الشباب بحملات دعائية متطرفة."));

    [Fact]
    public void TargetingWithRocketsStaysAnAttack() =>
        Assert.Equal(["ASSAULT/- asserted"], EventTestPipeline.Coded(
            "واستهدفت الطائرات مواقع المسلحين بالصواريخ."));

    [Fact]
    public void AttackingInAnInterviewIsCriticism() =>
        Assert.Equal(["ACCUSE/disapprove asserted"], EventTestPipeline.Coded(
            "هاجمت الوزيرة في مقابلة تلفزيونية رئيس البرلمان."));

    [Fact]
    public void LaunchingAnAttackInAnArticleIsCriticism() =>
        Assert.Equal(["ACCUSE/disapprove asserted"], EventTestPipeline.Coded(
            "شن الكاتب في مقاله هجوما على وزير المالية."));

    [Fact]
    public void AttackingACheckpointInATownStaysAnAttack() =>
        Assert.Equal(["ASSAULT/- asserted"], EventTestPipeline.Coded(
            "هاجم المسلحون الحاجز في المدينة فجر أمس."));

    [Fact]
    public void AttackingFromACarStaysAnAttack() =>
        Assert.Equal(["ASSAULT/- asserted"], EventTestPipeline.Coded(
            "هاجم مسلحون في سيارة دورية للشرطة."));
}
