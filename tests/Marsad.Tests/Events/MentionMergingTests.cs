namespace Marsad.Tests.Events;

/// <summary>
/// Which mentions of one article are one event (<c>MentionMerger</c>): acts of different kinds stay apart, an act told
/// again by a synonym or by its noun joins it. Sentences written for these tests.
/// </summary>
public sealed class MentionMergingTests
{
    private static string[] Describe(string text) => EventTestPipeline.DescribeAll(text);

    /// <summary>Type/mode and doer of each event and the triggers of its mentions: what merging decides.</summary>
    private static string[] Merged(string text) =>
        EventTestPipeline.Events(text).Select(e => $"{e.Type}/{e.Mode} {e.Source?.Text}: {string.Join(" + ", e.Mentions.Select(m => m.TriggerText))}").ToArray();

    [Fact]
    public void TwoCoordinatedSanctionsOfDifferentKindsInOneSentenceAreTwoEvents() =>
        Assert.Equal(["SANCTION/discontinue الولايات المتحدة: فرضت الولايات المتحدة عقوبات", "SANCTION/discontinue الولايات المتحدة: وجمدت أصول"],
            Merged("فرضت الولايات المتحدة عقوبات على شركة روسية، وجمدت أصول رجل أعمال روسي."));

    [Fact]
    public void ATakingAfterWhichADestructionWasDoneIsASecondActInItsSentence() =>
        Assert.Equal(["ASSAULT/destroy مسلحون: هدم", "ASSAULT/ : استيلائهم على"],
            Merged("هدم مسلحون أربعة أضرحة قديمة في البلدة عقب استيلائهم على البلدة في الشتاء الماضي."));

    [Fact]
    public void TwoBombingsSetInDifferentStatesInNextSentencesAreTwoEvents() =>
        Assert.Equal(["ASSAULT/explosives : انفجار سيارة + مقتل", "ASSAULT/explosives : انفجار سيارة + مقتل"],
            Merged("أسفر انفجار سيارة مفخخة في العراق عن مقتل 15 شخصا. كما أدى انفجار سيارة مفخخة في سوريا إلى مقتل 9 أشخاص."));

    [Fact]
    public void AnArrestStatedAnewAfterTammWithOtherPeopleIsASecondArrest() =>
        Assert.Equal(["COERCE/arrest الشرطة: اعتقلت", "COERCE/arrest : اعتقال"],
            Merged("اعتقلت الشرطة ثلاثة متظاهرين وسط المدينة، كما تم اعتقال صحفيين اثنين قرب البرلمان."));

    [Fact]
    public void AnArrestStatedAfterTammOfTheSamePeopleIsTheSameArrest() =>
        Assert.Equal(["COERCE/arrest الشرطة التركية: اعتقلت + اعتقالهم"],
            Merged("اعتقلت الشرطة التركية خمسة أشخاص في إسطنبول، وتم اعتقالهم فجر اليوم."));

    [Fact]
    public void TwoVerbsOfTheSameKindOfActInOneSentenceAreOneEvent() =>
        Assert.Equal(["COERCE/arrest asserted الشرطة التركية[TUR] → ثلاثة صحفيين[TUR] -"],
            Describe("قبضت الشرطة التركية على ثلاثة صحفيين واعتقلت مصورهم."));

    [Fact]
    public void AStormingAndALootingWithTheirOwnObjectsInTwoSentencesAreTwoEvents() =>
        Assert.Equal(["COERCE/seize asserted قوات الأمن[-] → الحزب[-] -", "COERCE/seize asserted قوات الأمن[-] → الوثائق[-] -"],
            Describe("اقتحمت قوات الأمن مقر الحزب في العاصمة. ونهبت قوات الأمن الوثائق."));

    [Fact]
    public void ABreakOfRelationsToldAgainByItsNounIsOneEvent() =>
        Assert.Equal(["SANCTION/discontinue asserted الجزائر[DZA] → المغرب[MAR] -"],
            Describe("قطعت الجزائر علاقاتها الدبلوماسية مع المغرب، وقال وزير الخارجية الجزائري إن قطع العلاقات جاء بسبب الأعمال العدائية."));

    [Fact]
    public void AnInvitationAndItsAcceptanceByANamedPersonAreTwoAgreements() =>
        Assert.Equal(["AGREE/ الرئيس المصري: دعا", "AGREE/ ماكرون: وقبل ماكرون الدعوة"],
            Merged("دعا الرئيس المصري نظيره الفرنسي إلى زيارة القاهرة، وقبل ماكرون الدعوة."));

    [Fact]
    public void ADoerWrittenInALaterMentionWinsOverOneInferredFromThePreviousSentence() =>
        Assert.Equal(["CONSULT/ الرئيس التركي رجب طيب أردوغان: التقى", "REJECT/ أنقرة: ورفض + رفضت"],
            Merged("التقى الرئيس التركي رجب طيب أردوغان نظيره الفرنسي في باريس أمس. ورفض المشاركة في العملية العسكرية ضد الجماعة. وكانت أنقرة رفضت المشاركة في العملية العسكرية."));

    [Fact]
    public void TheSameActByTwoStatesNamedInTwoSentencesIsTwoEvents() =>
        Assert.Equal(["ACCUSE/disapprove السعودية: أدانت", "ACCUSE/disapprove الإمارات: أدانت"],
            Merged("أدانت السعودية تصريحات الوزير في العاصمة. كما أدانت الإمارات تصريحات الوزير."));

    [Fact]
    public void TwoArrestsOfDifferentPeopleFarApartInOneArticleAreTwoEvents() =>
        Assert.Equal(["COERCE/arrest الشرطة المصرية: اعتقلت", "COERCE/arrest : اعتقال"],
            Merged("اعتقلت الشرطة المصرية ناشطا حقوقيا في القاهرة يوم الأحد. وتقول منظمات حقوقية إن الناشط معروف بكتاباته عن السجون. " +
                   "ويعمل الناشط منذ سنوات في مجال الدفاع عن العمال. وفي الإسكندرية، جرى اعتقال طالب جامعي بعد مشاركته في مظاهرة."));

    [Fact]
    public void AnAttackNamedAgainByItsDefiniteNounTwoSentencesLaterIsOneEvent() =>
        Assert.Equal(["ASSAULT/ انتحاري: هجوما + الهجوم"],
            Merged("نفذ انتحاري هجوما على مركز للشرطة في مدينة الموصل صباح اليوم. وقالت مصادر محلية إن المهاجم وصل إلى البوابة سيرا على الأقدام. " +
                   "وأسفر الهجوم عن أضرار كبيرة في المبنى."));

    [Fact]
    public void AnArrestToldAgainInTheNextSentenceWithoutItsDoerIsOneEvent() =>
        Assert.Equal(["COERCE/arrest الشرطة التركية: اعتقلت + اعتقال"],
            Merged("اعتقلت الشرطة التركية صحفيا في إسطنبول. وجاء اعتقال الصحفي بعد نشره تقريرا عن الفساد."));

    [Fact]
    public void ABombingCalledSimilarIsAHappeningOfItsOwnNotTheFirstBombing()
    {
        var all = Describe("قتل ثلاثة من عناصر الشرطة العراقية بانفجار عبوة ناسفة قرب سوق الموصل. وأصيب خمسة مدنيين بتفجير مماثل في حي الزهراء.");

        Assert.Equal(2, all.Count(d => d.StartsWith("ASSAULT", StringComparison.Ordinal)));
        Assert.DoesNotContain(all, d => d.Contains("مماثل", StringComparison.Ordinal));
    }

    [Fact]
    public void AKillingToldInTheSentenceOfASimilarAttackJoinsThatAttackNotTheFirst() =>
        Assert.Equal(["ASSAULT/ مسلحون: قتل + أحرقوا", "ASSAULT/ متطرفون: لهجوم + قتل"],
            Merged("قتل مسلحون من جماعة متطرفة عشرين شخصا في ثلاث قرى شمال البلاد، بحسب ما قال مسؤول محلي. وقال المسؤول إن المسلحين أحرقوا المنازل قبل أن ينسحبوا. وكانت قرية مجاورة تعرضت لهجوم مماثل الشهر الماضي عندما قتل متطرفون خمسة مزارعين في حقولهم."));

    [Fact]
    public void RaidsToldAsAHabitInTheImperfectAreNotTheRaidToldInThePerfectNextSentence() =>
        Assert.Equal(["ASSAULT/ الطائرات الحربية: تنفذ ضربات", "ASSAULT/aerial الطائرات الحربية: ونفذت الطائرات الحربية ضربة جوية"],
            Merged("وما زالت الطائرات الحربية تنفذ ضربات على مواقع المسلحين في المنطقة الجبلية. ونفذت الطائرات الحربية ضربة جوية على قرية حدودية صباح اليوم."));

    [Fact]
    public void AnotherSpeakersWelcomeInThePresentIsNotAMentionOfTheWelcomeToldInThePerfect() =>
        Assert.Equal(["SUPPORT/ الحكومة المصرية: رحبت"],
            Merged("رحبت الحكومة المصرية بالاتفاق الموقع بين الطرفين. وقال رئيس الحزب المعارض: «نرحب بأي خطوة تخدم المواطنين»."));

    [Fact]
    public void AMeetingNamedAgainWithoutItsPartiesJoinsTheLastMeetingToldNotTheFirst() =>
        Assert.Equal(["CONSULT/ رئيس الوزراء الإيطالي: التقى", "CONSULT/ الجيش السوداني: اجتمع + المباحثات + الاجتماع"],
            Merged("التقى الرئيس المصري رئيس الوزراء الإيطالي في القاهرة أمس. وفي الخرطوم، اجتمع قائد الجيش السوداني مع وفد أممي. وقال مسؤول سوداني إن المباحثات تناولت الهدنة. وذكر بيان أن الاجتماع استمر ثلاث ساعات."));

    [Fact]
    public void AMentionWithoutPartiesJoinsTheEventThatUsedItsWordOverALaterOne() =>
        Assert.Equal(["CONSULT/ وزير الخارجية المصري: اجتماعا + الاجتماع", "CONSULT/ العاهل الأردني: أجرى العاهل الأردني محادثات + المحادثات"],
            Merged("عقد وزير الخارجية المصري اجتماعا مع نظيره السعودي في القاهرة أمس. وفي عمّان، أجرى العاهل الأردني محادثات مع الرئيس الفلسطيني. وتناولت المحادثات الأوضاع في غزة. وشدد الجانبان على وقف الحرب. وقال دبلوماسيون إن الاجتماع كان إيجابيا."));

    [Fact]
    public void AMentionWithoutPartiesFarFromTwoEventsOfItsTypeJoinsNeither() =>
        Assert.Equal(["COERCE/arrest الشرطة التركية: اعتقلت", "COERCE/arrest قوات الأمن الإيرانية: واعتقلت"],
            Merged("اعتقلت الشرطة التركية خمسة صحفيين في إسطنبول أمس. وقال المتحدث إن التحقيق مستمر. واعتقلت قوات الأمن الإيرانية ثلاثة طلاب في طهران. وأضاف أن الوضع هادئ في المدينة. وذكر التقرير أن الطقس كان معتدلا. وتتكرر حملات الاحتجاز منذ سنوات."));

    [Fact]
    public void TalksInTheNextDayOfALeadersDiaryAreNotTheTalksOfTheDayBefore() =>
        Assert.Equal(["CONSULT/visit : استقبل + مباحثات", "SUPPORT/ : هنأ", "CONSULT/ الرئيس التركي: والتقى + مباحثات"],
            Merged("وفي يوم الأحد 1 مارس استقبل الملك الرئيس المصري في القصر وعقد معه جلسة مباحثات رسمية. وفي يوم الاثنين 2 مارس هنأ الملك رئيس بلغاريا بالعيد الوطني، والتقى الرئيس التركي وعقد معه جلسة مباحثات رسمية."));
}
