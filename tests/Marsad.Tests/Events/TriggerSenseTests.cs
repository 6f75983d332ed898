using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Trigger words with a political and an everyday sense: حشد masses troops only with a military object (else a crowd
/// or a rally), هنأ congratulates only written with its hamza («وهنا» is "and here"), and a force verb whose subject or
/// object is a natural force, the senses, a seat or a burden, or whose manner is a field of ideas (Resources/Events/physical-senses.tsv) is used in its physical or
/// figurative sense, and «حقق/تحقيق» with a goal or result as its object (Resources/Events/achievement-senses.tsv) means
/// "achieve", not "investigate", and a threat to a good (security, stability, peace) right after it is a danger, nobody's
/// threat (Domain/SenseFilter); هاجم in a speech, statement or tweet, or for a stance, attacks with words (ACCUSE);
/// طرد with fighters, militias or forces as its object drives them out by force (ASSAULT), not an expulsion.
/// </summary>
public sealed class TriggerSenseTests
{
    [Fact]
    public void ATruckDrivingIntoACrowdMobilizesNobody() =>
        Assert.Empty(Coded("صدمت شاحنة حشدا من المشيعين وسط مدينة الموصل."));

    [Fact]
    public void MassingTroopsIsStillAMobilization() =>
        Assert.Equal(["MOBILIZE/troops asserted"], Coded("وحشد الجيش السوداني قوات إضافية قرب الحدود مع تشاد."));

    [Fact]
    public void RallyingDeputiesIsNoMobilization() =>
        Assert.Empty(Coded("ويسعى رئيس الوزراء إلى حشد عدد كاف من النواب لتمرير الموازنة."));

    [Fact]
    public void AnAttackMadeInStatementsIsCriticism()
    {
        Assert.Equal(["ACCUSE/disapprove asserted"], Coded("وأدلى المرشح بتصريحات هاجم فيها الحكومة الفرنسية بسبب سياساتها."));
        Assert.Equal(["ACCUSE/disapprove asserted"], Coded("وكان المرشح قد أثار الجدل في الكلمة التي هاجم فيها الحكومة الفرنسية."));
    }

    [Fact]
    public void AnAttackMadeForAStanceIsCriticism() =>
        Assert.Equal(["ACCUSE/disapprove asserted"], Coded("وهاجم وزير الخارجية الإيراني رئيس الوزراء الإسرائيلي لمعارضته سياسة الانفتاح."));

    [Fact]
    public void GunmenAttackingAPoliceStationIsStillAnAssault() =>
        Assert.Equal(["ASSAULT/- asserted"], Coded("وهاجم مسلحون مركزا للشرطة في شمال البلاد."));

    [Fact]
    public void AndHereIsNoCongratulation() =>
        Assert.Empty(Coded("وهنا تبدأ المرحلة الثانية من مشروع توسعة الميناء."));

    [Fact]
    public void ACongratulationWrittenWithItsHamzaIsSupport()
    {
        Assert.Equal(["SUPPORT/- asserted"], Coded("وهنأ الرئيس التونسي نظيره الجزائري بفوزه في الانتخابات."));
        Assert.Equal(["SUPPORT/- asserted"], Coded("وهنأت وزارة الخارجية الشعب الكويتي بالعيد الوطني."));
    }

    [Fact]
    public void AFloodSweepingVillagesIsNoInvasion() =>
        Assert.Empty(Coded("اجتاحت السيول عشرات القرى في ولاية كسلا أمس."));

    [Fact]
    public void HoldingOnesBreathIsNoDetention() =>
        Assert.Empty(Coded("وحبس المستثمرون أنفاسهم في انتظار قرار البنك المركزي."));

    [Fact]
    public void WorriesBesiegingAManIsNoSiege() =>
        Assert.Empty(Coded("وأمضى الشاعر سنواته الأخيرة في القاهرة تحاصره الديون والأمراض."));

    [Fact]
    public void ContainingExtremistGroupsIntellectuallyIsNoSiege() =>
        Assert.Empty(Coded("وشدد الوزير على ضرورة محاصرة التنظيمات المتطرفة فكريا في المدارس والجامعات."));

    [Fact]
    public void BesiegingATownByForceIsStillACoercion() =>
        Assert.Equal(["COERCE/restrict asserted"], Coded("وحاصرت القوات الحكومية بلدة الزبداني منذ أسابيع."));

    [Fact]
    public void ACourtRulingForSomeonesExecutionIsAConviction()
    {
        Assert.Equal(["SANCTION/convict asserted"], Coded("وقضت المحكمة الجنائية بإعدام المتهم الأول في القضية."));
        Assert.Equal(["SANCTION/convict asserted"], Coded("وحكمت محكمة عسكرية بإعدام ثلاثة ضباط سابقين."));
    }

    [Fact]
    public void WinningSeatsIsNoOccupation() =>
        Assert.Empty(Coded("واحتل الحزب الحاكم 40 مقعدا في البرلمان الجديد."));

    [Fact]
    public void HoldingAStandingPastItsSubjectIsNoOccupation() =>
        Assert.Empty(Coded("وتحتل دار «الفجر» مكانة بارزة بين الناشرين العرب."));

    [Fact]
    public void OccupyingAPlaceByForceIsStillASeizure() =>
        Assert.Equal(["COERCE/seize asserted"], Coded("واحتلت الميليشيات مطار المدينة الدولي."));

    [Fact]
    public void AGainPastThePlaceItIsAchievedInIsNoInvestigation() =>
        Assert.Empty(Coded("وتحقق الشركات في قطاع الصناعات الغذائية نموا سريعا منذ العام الماضي."));

    [Fact]
    public void WhatWasAchievedThereIsNoInvestigation() =>
        Assert.Empty(Coded("وتحدث المحافظ عما تحقق فيها من إنجازات خلال السنوات الأخيرة."));

    [Fact]
    public void AnInvestigationIntoAnIncidentIsStillAnInvestigation() =>
        Assert.Equal(["ACCUSE/investigate asserted"], Coded("وتحقق النيابة العامة في الحادث من أجل تحديد المسؤولين عنه."));

    [Fact]
    public void AFireNamedAfterAPrepositionLeavesTheThreat() =>
        Assert.Equal(["THREATEN/- asserted"], Coded("وهدد المسلحون بإشعال حريق في مقر الحكومة المحلية."));

    [Fact]
    public void MakingGainsOnTheFrontIsNoInvestigation() =>
        Assert.Empty(Coded("وحققت القوات الحكومية تقدما في ريف المدينة الجنوبي."));

    [Fact]
    public void AchievingSomethingIsNoInvestigation()
    {
        Assert.Empty(Coded("وقال وزير الإسكان المصري إن الحكومة حققت شيئا كبيرا في ملف الإسكان."));
        Assert.Empty(Coded("وقال وزير الإسكان المصري إن الحكومة تسعى إلى تحقيق شيء ملموس في ملف الإسكان."));
    }

    [Fact]
    public void AchievingStabilityIsNoInvestigation() =>
        Assert.Empty(Coded("ويسعى الاتحاد الأفريقي إلى تحقيق الاستقرار في منطقة الساحل."));

    [Fact]
    public void AnAchievedAimOrStateCountsOnlyRightAfterTheWord() =>
        Assert.Equal(["ACCUSE/investigate asserted"], Coded("وتحقق أجهزة الأمن في ملابسات وفاة سجين داخل مركز الاحتجاز."));

    [Fact]
    public void AnInvestigationIntoAResultIsStillAnInvestigation() =>
        Assert.Equal(["ACCUSE/investigate asserted"], Coded("وتحقق الشرطة المحلية في نتائج فحص الأدلة منذ صباح أمس."));

    [Fact]
    public void ADangerToStabilityIsNoThreat() =>
        Assert.Empty(DescribeAll("وقال الوزير إن الأزمة الاقتصادية تهدد استقرار الحكومة التونسية."));

    [Fact]
    public void ThreateningTheSecurityOfARegionIsNoThreatToAct() =>
        Assert.Equal(["ACCUSE/allege asserted ? → الميليشيات[-] -"], DescribeAll("واتهم البيان الميليشيات بتهديد أمن المنطقة."));

    [Fact]
    public void AThreatWhoseSubjectComesFirstIsStillAThreat() =>
        Assert.Equal(["THREATEN/- asserted قوات الأمن[IRQ] → المحتجين في بغداد[IRQ] -"], DescribeAll("وهددت قوات الأمن المحتجين في بغداد."));

    [Fact]
    public void ADangerNamedAsTheSubjectBeforeAThreatVerbIsNoThreat()
    {
        Assert.Empty(Coded("وأكبر خطر يهدد المواقع الأثرية هو الإهمال."));
        Assert.Empty(Coded("ويقول خبراء إن التصحر الذي يهدد المراعي يتسع كل عام."));
    }

    [Fact]
    public void TheClauseBeforeAsTheSubjectOfAThreatVerbIsNoThreat() =>
        Assert.Empty(Coded("وارتفع منسوب النهر ثلاثة أمتار، مما يهدد القرى المجاورة."));

    [Fact]
    public void TheMatterTheClauseBeforeStandsForIsNoThreat() =>
        Assert.Empty(Coded("وارتفعت الأسعار، الأمر الذي يهدد المدينة."));

    [Fact]
    public void ALoanTakenDeliveryOfIsAidNotAHandover()
    {
        Assert.Equal(["AID/- asserted"], Coded("وأكدت الوزارة تسلم القرض من صندوق النقد الدولي."));
        Assert.Equal(["AID/- asserted السعودية[SAU] → الحكومة اليمنية[YEM] -"], DescribeAll("وتسلمت الحكومة اليمنية منحة نفطية من السعودية."));
    }

    [Fact]
    public void AProvinceNamedWithItsPlaceIsNoBoycott()
    {
        Assert.Empty(Coded("وعاد الرئيس إلى مقاطعة أونتاريو بعد جولة في مقاطعة هونان الصينية."));
        Assert.Empty(Coded("كان اسمه قد برز في مدينة نانت ومقاطعة بروتاني على صعيد الحزب."));
    }

    // Guard: a state after «مقاطعة» is the party boycotted.
    [Fact]
    public void BoycottingAStateIsStillABoycott() =>
        Assert.Equal(["PROTEST/boycott planned"], Coded("وقررت النقابات مقاطعة إسرائيل."));

    [Fact]
    public void ALawsPenaltiesSanctionNobody()
    {
        Assert.Equal(["CONSULT/- asserted"], Coded("ويناقش البرلمان مشروع قانون يغلظ العقوبات على تهريب المخدرات."));
        Assert.Empty(Coded("وتطبق عقوبات القانون على كل من يخالف أحكامه."));
    }

    [Fact]
    public void AClaimOfAViewAccusesNobody() =>
        Assert.Empty(Coded("وتزعم الشركة أن سيارتها الجديدة أسرع من منافساتها."));

    [Fact]
    public void AClaimThatAnotherPartyAttackedIsStillAnAccusation() =>
        Assert.Contains("ACCUSE/allege asserted", Coded("وزعمت السلطات أن مسلحين هاجموا نقطة للشرطة قرب الحدود."));

    [Fact]
    public void AClaimNamingAnotherPartyInItsComplementIsAnAccusation() =>
        Assert.Contains("ACCUSE/allege asserted", Coded("وزعمت صحف محلية أن مرتزقة أجانب حاولوا التسلل إلى الولاية."));

    [Fact]
    public void APloyInTheSingularIsNoMilitaryExercise()
    {
        Assert.Empty(Coded("ويقول مراقبون إن الحزب الحاكم يجيد المناورة مع خصومه."));
        Assert.Empty(Coded("واعتبرت المعارضة الخطوة مناورة من الحكومة لكسب الوقت."));
    }

    [Fact]
    public void ASingularExerciseNamedMilitaryIsStillOne() =>
        Assert.Equal(["COOPERATE/- asserted"], Coded("وأجرى الجيش الأردني مناورة عسكرية مع القوات الأمريكية في العقبة."));

    [Fact]
    public void AbidingByARuleIsNoCommitment()
    {
        Assert.Empty(Coded("وقالت الهيئة إن المصانع التي لا تلتزم بالمعايير البيئية ستغلق."));
        Assert.Empty(Coded("وأكد المتحدث أن عناصر الشرطة التزموا بالقانون خلال فض التجمع."));
    }

    [Fact]
    public void ACommitmentToAnActIsStillAnAgreement() =>
        Assert.Equal(["AGREE/- asserted"], Coded("والتزمت الحكومة اليابانية بتقديم قرض ميسر إلى كينيا."));

    [Fact]
    public void DrivingFightersOutOfATownIsABattle()
    {
        Assert.Equal(["ASSAULT/- asserted"], Coded("وتمكن الجيش النيجيري من طرد المسلحين من بلدة مونغونو الشهر الماضي."));
        Assert.Equal(["ASSAULT/- asserted"], Coded("وطرد الجيش عناصر التنظيم من ثلاث قرى شرق المدينة."));
    }

    [Fact]
    public void ExpellingADiplomatOrPeacekeepersIsStillASanction()
    {
        Assert.Equal(["SANCTION/expel asserted"], Coded("وطردت الحكومة الكينية السفير الصومالي من نيروبي."));
        Assert.Equal(["SANCTION/expel asserted"], Coded("وطردت الحكومة الانتقالية قوات حفظ السلام الأفريقية من العاصمة."));
    }
}
