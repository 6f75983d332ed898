using Marsad.Events;

namespace Marsad.Tests.Events;

/// <summary>
/// Type coding of the classes that raised false alarms or went missed on held-out text (issue #7, event type F1), each
/// coded as the PLOVER manual codes it: a characterisation as a threat, a passive conviction, a charge, a protest's
/// demand, a summit named as a time, a drone, a handed letter, an announced or agreed ceasefire, intentions, promised
/// concessions and invitations. Sentences are written for the tests; each asserts the exact type, mode and modality of
/// every event found (and the actors where the class is about them).
/// </summary>
public sealed class FalseAlarmTests
{
    private static string[] Coded(string text) => EventTestPipeline.Coded(text);

    [Fact]
    public void SayingAnActorPosesADangerAccusesItAndTheSpeakerIsTheAccuser() =>
        Assert.Equal(["ACCUSE/allege asserted وزير الخارجية السعودي[SAU] → الميليشيات الحوثية[YEM] -"],
            EventTestPipeline.DescribeAll("وقال وزير الخارجية السعودي: \"إن الميليشيات الحوثية تشكل خطرا على أمن المنطقة\"."));

    [Fact]
    public void DescribingAnAttackAsAThreatIsPartOfTheCondemnationNotAThreat() =>
        Assert.Equal(["ACCUSE/disapprove asserted", "ASSAULT/- asserted"],
            Coded("ندد البرلمان العربي بالهجوم على السفارة السعودية ووصفه بأنه تهديد للأمن الإقليمي."));

    [Fact]
    public void AThreatNamedAsADangerFacedIsNoThreat() =>
        Assert.Empty(Coded("يواصل الجيش اللبناني جهوده في مواجهة تهديد الجماعات المسلحة."));

    [Fact]
    public void APassiveConvictionIsACourtFindingNotTheSpeakersCondemnation()
    {
        Assert.Equal(["ASSAULT/targeted asserted", "SANCTION/convict asserted"],
            Coded("أعدمت السلطات الإيرانية رجلا أدين بالتجسس لصالح إسرائيل."));
        // The first person «أدين» of a quote is still a condemnation.
        Assert.Equal(["ACCUSE/disapprove reported", "ASSAULT/- reported"], Coded("وقال الرئيس الأمريكي: \"أدين بشدة هذا الهجوم الإرهابي\"."));
    }

    [Fact]
    public void TheChargeOfASentenceIsNoAccusationOfItsOwn() =>
        // The prison term is the imprisonment PLOVER codes beside the conviction (COERCE/arrest); the charge is neither.
        Assert.Equal(["SANCTION/convict asserted", "COERCE/arrest asserted"], Coded("وحكمت محكمة مصرية بالسجن خمس سنوات على رجل أعمال بتهمة التهرب الضريبي."));

    [Fact]
    public void TheDemandAProtestVoicesIsTheProtest() =>
        Assert.Equal(["PROTEST/demo asserted"], Coded("وتظاهر مئات الطلاب أمام وزارة التعليم للمطالبة بإلغاء الرسوم الجديدة."));

    [Fact]
    public void AProtestVerbNeedsNoNamedActor()
    {
        Assert.Equal(["PROTEST/demo asserted"], Coded("وتظاهر الآلاف في العاصمة."));
        Assert.Equal(["PROTEST/demo asserted"], Coded("وتجمع العشرات من أهالي المعتقلين أمام مقر النيابة."));
    }

    [Fact]
    public void ClashesOfProtestersWithTheSecurityForcesAreARiot() =>
        Assert.Equal(["PROTEST/riot asserted"], Coded("اندلعت اشتباكات بين متظاهرين وقوات الأمن في وسط العاصمة."));

    [Fact]
    public void ASummitNamedAsTheTimeOfAnotherActIsNoMeeting() =>
        Assert.Equal(["SUPPORT/- asserted"], Coded("وقعت مصر والأردن اتفاقية للتعاون التجاري على هامش قمة العشرين."));

    [Fact]
    public void ADroneIsNoMarch() =>
        Assert.Equal(["ASSAULT/- asserted"], Coded("قتل ثلاثة مسلحين بطائرة مسيرة في شمال البلاد."));

    [Fact]
    public void HandingOverALetterIsAConsultationAndAProtestNoteAProtest()
    {
        Assert.Equal(["CONSULT/- asserted"], Coded("وسلم السفير الأردني وزير الخارجية العراقي رسالة من العاهل الأردني."));
        Assert.Equal(["ACCUSE/disapprove asserted"], Coded("سلمت الخارجية الكويتية السفير الإيراني مذكرة احتجاج."));
    }

    [Fact]
    public void AnAnnouncedCeasefireIsNoShootingAndAnAgreedOneNoTruce()
    {
        Assert.Equal(["CONCEDE/- asserted"], Coded("أعلنت حركة طالبان وقف إطلاق النار من جانب واحد."));
        Assert.Equal(["SUPPORT/- asserted"], Coded("توصلت الحكومة السودانية وقوات الدعم السريع إلى اتفاق لوقف إطلاق النار في الإقليم."));
    }

    [Fact]
    public void AFutureVerbAfterAnAnnouncementIsAnIntention() =>
        Assert.Equal(["AGREE/- planned"], Coded("وأعلن وزير الخارجية الألماني أنه سيزور القاهرة الشهر المقبل."));

    [Fact]
    public void ADeniedPlannedVisitIsADeniedIntention() =>
        Assert.Equal(["AGREE/- denied"], Coded("ونفت الرئاسة التونسية الأنباء عن زيارة مرتقبة للرئيس قيس سعيد إلى الجزائر."));

    [Fact]
    public void APromiseToWithdrawABillIsAConcession() =>
        Assert.Equal(["CONCEDE/- asserted"], Coded("ووعدت الحكومة الكينية بسحب مشروع القانون المثير للجدل."));

    [Fact]
    public void AnInvitationToVisitIsAnAgreement() =>
        Assert.Equal(["AGREE/- asserted"], Coded("دعا الرئيس الموريتاني نظيره السنغالي إلى زيارة نواكشوط."));

    [Fact]
    public void AnAgreedExchangeIsTheAgreementAlone() =>
        Assert.Equal(["AGREE/- asserted"], Coded("ووافقت الحكومة الأردنية على تبادل البيانات مع مصر."));

    [Fact]
    public void OpeningAnEmbassyIsDiplomaticSupportAndResumingCooperationCanBeRefused()
    {
        Assert.Equal(["SUPPORT/- asserted"], Coded("افتتحت السعودية سفارتها في دمشق."));
        // The government's own refusal, told by itself: asserted, like any speaker's own speech act.
        Assert.Equal(["REJECT/assist asserted"], Coded("وقالت الحكومة الفنلندية إنها لن تستأنف التعاون الأمني مع روسيا."));
    }

    [Fact]
    public void AnExpulsionsDeadlineIsTheExpulsion() =>
        Assert.Equal(["SANCTION/expel asserted"], Coded("طردت الحكومة المالية السفير الفرنسي وأمهلته 72 ساعة لمغادرة البلاد."));

    [Fact]
    public void AidHitByAnAttackIsItsTargetNotAGift() =>
        Assert.Equal(["ASSAULT/- asserted"], Coded("أعلنت الأمم المتحدة تعليق عملياتها بعد استهداف قافلة مساعدات في دارفور."));

    [Fact]
    public void AnActThePathIsPavedForHasNotHappened() =>
        Assert.Equal(["SUPPORT/- asserted"], Coded("صادق البرلمان الإيراني على الاتفاق، ممهداً الطريق لرفع العقوبات."));

    [Fact]
    public void AnActJoinedToAPromisedOneIsPromisedToo() =>
        Assert.Equal(["THREATEN/violence asserted"], Coded("تعهد الجيش اليمني بقتال الحوثيين وطردهم من صنعاء."));

    [Fact]
    public void AVisitARelativeClauseMentionsIsTheSettingOfTheMeeting() =>
        Assert.Equal(["CONSULT/- asserted"], Coded("التقى رئيس الوزراء المصري وزير الدفاع الفرنسي الذي يزور القاهرة حاليا."));

    [Fact]
    public void FreeingHostagesIsAidAndLiquidatingMilitantsAnAssault()
    {
        Assert.Equal(["AID/- asserted"], Coded("حررت القوات العراقية رهائن محتجزين لدى تنظيم داعش في الموصل."));
        Assert.Equal(["ASSAULT/- asserted"], Coded("تمكنت قوات الأمن المصرية من تصفية 4 إرهابيين في سيناء."));
    }

    [Fact]
    public void StudentsAreNoRequest() =>
        Assert.Empty(Coded("وقدمت الوزارة منحا دراسية لطلبة الجامعات السعودية."));

    [Fact]
    public void AMeetingHeldDuringAVisitIsPartOfTheVisit() =>
        Assert.Equal(["CONSULT/visit asserted الرئيس الفرنسي[FRA] → الجزائر[DZA] -"],
            EventTestPipeline.DescribeAll("زار الرئيس الفرنسي الجزائر في زيارة رسمية التقى خلالها نظيره الجزائري."));
}
