using Marsad.Events;

namespace Marsad.Tests.Events;

/// <summary>
/// Trigger detection, type coding and modality by class (issue #7, event type F1): each test's sentences are written for
/// it and assert the exact PLOVER type, mode and modality of every event found (actors are ArgumentResolver's concern and
/// are tested there).
/// </summary>
public sealed class TriggerClassTests
{
    private static string[] Coded(string text) => EventTestPipeline.Coded(text);

    [Fact]
    public void AFutureNegationOfACooperativeActIsARefusal()
    {
        Assert.Equal(["REJECT/meet reported"], Coded("أكدت الحكومة الأردنية أن رئيس الوزراء لن يلتقي المبعوث الأمريكي."));
        // The speaker's own refusal, voiced in the quote, is asserted (a speech act of its own).
        Assert.Equal(["REJECT/assist asserted"], Coded("وقال رئيس الوزراء الإيطالي: «لن نرسل قوات إلى ليبيا»."));
    }

    [Fact]
    public void ANegatedPastOrAHostileActUnderLanStaysNegated()
    {
        Assert.Equal(["CONSULT/- negated"], Coded("لم يلتق الرئيس المصري نظيره السوداني."));
        Assert.Equal(["SANCTION/discontinue negated"], Coded("لن تفرض الحكومة الكندية عقوبات على الصين."));
    }

    [Fact]
    public void AnArrestOrATakingPartInFightingUnderLanIsARefusal()
    {
        // Declining to execute another party's warrant, and declining to join in another's fighting, refuse help; the
        // refusal is the speaker's own speech act (asserted), also when its own forces are the ones that will not act
        // (the government's planes: the government speaks for them).
        Assert.Equal(["REJECT/assist asserted"], Coded("قالت الحكومة الكينية إنها لن تعتقل الوزير السوداني."));
        Assert.Equal(["REJECT/assist asserted"], Coded("أعلنت الحكومة الألمانية أن طائراتها لن تشارك في عمليات قتالية ضد المتمردين."));
    }

    [Fact]
    public void ATakingPartInFightingUnderLamStaysTheFightingNegated() =>
        Assert.Equal(["ASSAULT/- negated"], Coded("لم تشارك القوات التركية في المعارك."));

    [Fact]
    public void APolarAyTakesNoRoomBetweenAVerbAndItsObject()
    {
        Assert.Equal(["COOPERATE/- negated"], Coded("ولم تتسلم مصر حتى الآن أي شحنة من الطائرات الفرنسية."));
        Assert.Equal(["AID/- negated"], Coded("ولم يتلق اليمن حتى الآن أي دفعة من المساعدات الموعودة."));
    }

    [Fact]
    public void APromiseToFightIsAThreat() =>
        Assert.Equal(["THREATEN/violence asserted"], Coded("تعهدت الحكومة العراقية بقتال تنظيم داعش حتى تحرير الموصل."));

    [Fact]
    public void APromiseOfAidStaysAnAgreement() =>
        Assert.Equal(["AGREE/- asserted"], Coded("ووعد الرئيس الفرنسي بإرسال مساعدات إلى لبنان."));

    [Fact]
    public void AnActBracedForOrPlottedIsNoEvent()
    {
        Assert.Equal(["MOBILIZE/troops asserted"], Coded("نشرت وزارة الداخلية المصرية قوات إضافية تحسبا لمظاهرات في القاهرة."));
        Assert.Equal(["COERCE/arrest asserted"], Coded("اعتقلت الشرطة الألمانية رجلين يخططان لتفجير محطة قطارات في برلين."));
    }

    [Fact]
    public void AnActNamedAsBackdropOrTopicIsNoEvent()
    {
        Assert.Equal(["SANCTION/discontinue asserted"], Coded("وعلقت الحكومة الأوغندية رحلاتها الجوية إلى جوبا في ظل الهجمات المتكررة على المطار."));
        Assert.Equal(["CONSULT/- asserted"], Coded("واجتمع وزير الداخلية التونسي بقادة الشرطة على خلفية الاحتجاجات في صفاقس."));
        Assert.Empty(Coded("وأعربت منظمات حقوقية عن قلقها بشأن الاعتقالات في الجزائر."));
    }

    [Fact]
    public void TheActAChargeNamesIsNoEvent() =>
        Assert.Empty(Coded("ويواجه الرجل تهمة خطف ابنة جاره من أمام منزلها."));

    [Fact]
    public void ATruceBreachedPastALongSubjectIsAnAttackNotATruce() =>
        Assert.Equal(["ASSAULT/- reported"], Coded("وأكد الجيش أن المتمردين انتهكوا مرة أخرى خلال الليل وقف إطلاق النار في الإقليم."));

    [Fact]
    public void AnActAfterABackdropWordWithItsDoerNamedStays() =>
        Assert.Equal(["ASSAULT/- asserted"], Coded("وعاد آلاف النازحين إلى قراهم رغم هجمات تنظيم داعش على المنطقة."));

    [Fact]
    public void AnActAYesNoQuestionAsksAboutIsNoEvent()
    {
        Assert.Empty(Coded("فهل ستسحب الحكومة الفرنسية قواتها من مالي؟"));
        // The clause before the question tells its act; only the asked one goes.
        Assert.Equal(["RETREAT/withdraw asserted"], Coded("انسحبت القوات الفرنسية من مالي. فهل تستأنف باريس التعاون العسكري مع باماكو؟"));
    }

    [Fact]
    public void AFigureOfSpeechWithATriggerWordIsNoEvent() =>
        Assert.Empty(Coded("قال الرئيس الكيني إن قرار رفع الضرائب فجر الاحتجاجات في نيروبي."));

    [Fact]
    public void RallyingVotersIsNoMobilizationButMassingFightersIs()
    {
        Assert.Empty(Coded("ويسعى الحزب الحاكم في السنغال إلى حشد المواطنين قبل الانتخابات."));
        Assert.Equal(["MOBILIZE/troops asserted"], Coded("وحشدت قوات الدعم السريع مقاتلين حول مدينة الأبيض."));
    }

    [Fact]
    public void ACeasefireNamedAsTheTopicOfAProposalIsNoTruce() =>
        Assert.Equal(["CONSULT/- asserted"], Coded("ناقش وزير الخارجية المصري مع نظيره القطري مقترحا لوقف إطلاق النار في غزة."));

    [Fact]
    public void AnAwaitedVisitIsAPlannedAgreement() =>
        Assert.Equal(["AGREE/- planned"], Coded("وكشفت الرئاسة الفرنسية عن زيارة مرتقبة للرئيس المصري إلى باريس."));

    [Fact]
    public void APlannedSigningIsAnAgreement() =>
        Assert.Equal(["AGREE/- planned"], Coded("ومن المقرر أن توقع مصر والسعودية اتفاقية للربط الكهربائي."));

    [Fact]
    public void RecallingAnAmbassadorForConsultationsReducesRelations() =>
        Assert.Equal(["SANCTION/withdraw asserted"], Coded("أعلنت الرياض استدعاء سفير المملكة لدى أوتاوا للتشاور."));

    [Fact]
    public void LeavingATreatyReducesRelations() =>
        Assert.Equal(["SANCTION/withdraw asserted"], Coded("انسحبت روسيا من معاهدة الأجواء المفتوحة."));

    [Fact]
    public void StoppingExportsOrFreezingAccountsDiscontinuesRelations()
    {
        Assert.Equal(["SANCTION/discontinue asserted"], Coded("أوقفت هولندا صادرات الأسلحة إلى إسرائيل."));
        Assert.Equal(["SANCTION/discontinue asserted"], Coded("جمدت الحكومة البريطانية أصول ثلاثة مسؤولين روس."));
    }

    [Fact]
    public void SuspendingALicenceIsCensorship() =>
        Assert.Equal(["COERCE/censor asserted"], Coded("أوقفت السلطات الجزائرية ترخيص قناة خاصة."));

    [Fact]
    public void TearGasOnProtestersIsCrowdControl() =>
        Assert.Equal(["ASSAULT/crowd-control asserted"], Coded("أطلقت الشرطة التركية الغاز المسيل للدموع على المحتجين في إسطنبول."));

    [Fact]
    public void ExpellingWorkersIsDeportationNotADiplomaticExpulsion() =>
        Assert.Equal(["COERCE/deport asserted"], Coded("طردت السلطات الكويتية مئات العمال المخالفين."));

    [Fact]
    public void ExchangingPrisonersReleasesThem() =>
        Assert.Equal(["RETREAT/release asserted"], Coded("وتبادلت حركة حماس وإسرائيل عشرات الأسرى."));

    [Fact]
    public void AnAlertRaisedAfterItsSubjectIsAMobilization() =>
        Assert.Equal(["MOBILIZE/troops asserted"], Coded("ورفعت القوات الجوية الهندية حالة التأهب في القواعد القريبة من الحدود."));

    [Fact]
    public void AnIssuedReportIsNoConfiscation() =>
        Assert.Equal(["ACCUSE/allege asserted"], Coded("اتهم تقرير صادر عن منظمة العفو الدولية الحكومة الإثيوبية بارتكاب انتهاكات."));

    [Fact]
    public void RevokingResidencePermitsOrCitizenshipIsARestriction()
    {
        Assert.Equal(["COERCE/restrict asserted"], Coded("ألغت السلطات الكويتية إقامات مئات العمال الأجانب."));
        Assert.Equal(["COERCE/restrict asserted"], Coded("سحبت السلطات البحرينية جنسية عشرات المعارضين."));
    }

    [Fact]
    public void ClosingTheBordersIsARestrictionOnTheNeighbour() =>
        Assert.Equal(["COERCE/restrict asserted تركيا[TUR] → سوريا[SYR] -"], EventTestPipeline.DescribeAll("أغلقت تركيا الحدود مع سوريا."));

    [Fact]
    public void BreakingATruceIsAnAssault()
    {
        Assert.Equal(["ASSAULT/- asserted"], Coded("خرق المتمردون الهدنة في المدينة."));
        Assert.Equal(["ASSAULT/- asserted"], Coded("انتهكت الميليشيات وقف إطلاق النار في الجنوب."));
    }

    [Fact]
    public void SeizingGroundNamedByTheVerbalNounIsAnAssault() =>
        Assert.Equal(["ASSAULT/- asserted"], Coded("بعد استيلاء المتمردين على المدينة فر السكان."));

    [Fact]
    public void AFacilityReceivingCraftOrTheWoundedIsNoVisit()
    {
        Assert.Empty(Coded("استقبل مطار القاهرة الدولي أول رحلة من الصين."));
        Assert.Empty(Coded("وأعلن المستشفى استقبال جرحى من المدينة."));
    }

    [Fact]
    public void ASentenceToPrisonWithoutTheArticleIsAConvictionAndAnImprisonment() =>
        Assert.Equal(["SANCTION/convict asserted", "COERCE/arrest asserted"], Coded("حكمت محكمة مصرية بسجن ناشط خمس سنوات."));

    [Fact]
    public void TheRejectionOrSolidarityAnActGivesAsItsMotiveIsNoActOfItsOwn()
    {
        Assert.Equal(["PROTEST/hunger asserted", "COERCE/arrest asserted"], Coded("ودخل عشرات المعتقلين في إضراب عن الطعام، رفضاً لاعتقالهم دون محاكمة."));
        Assert.Equal(["PROTEST/demo asserted"], Coded("اعتصمت الأمهات أمام السجن تضامناً مع أبنائهن المعتقلين."));
    }

    [Fact]
    public void AReceivedLetterIsAConsultation() =>
        Assert.Equal(["CONSULT/- asserted"], Coded("تلقى أمير الكويت رسالة خطية من الرئيس المصري."));

    [Fact]
    public void EndorsingADecisionIsSupport() =>
        Assert.Equal(["SUPPORT/- asserted"], Coded("أيدت جامعة الدول العربية قرار السلطة الفلسطينية التوجه إلى مجلس الأمن."));

    [Fact]
    public void SendingUnitsIsATroopDeployment() =>
        Assert.Equal(["MOBILIZE/troops asserted"], Coded("أرسلت روسيا وحدات من الشرطة العسكرية إلى الجنوب السوري."));

    [Fact]
    public void LoweringDiplomaticRepresentationIsAWithdrawal() =>
        Assert.Equal(["SANCTION/withdraw asserted"], Coded("خفضت البحرين تمثيلها الدبلوماسي مع لبنان."));

    [Fact]
    public void BanningAWebsiteIsCensorship() =>
        Assert.Equal(["COERCE/censor asserted"], Coded("حظرت الحكومة التركية موقع ويكيبيديا."));

    [Fact]
    public void ArmingAnotherStateIsAidAndTrainingItsForcesIsMilitaryCooperation()
    {
        Assert.Equal(["AID/- asserted"], Coded("دعمت الولايات المتحدة أوكرانيا بأسلحة متطورة."));
        Assert.Equal(["COOPERATE/- asserted"], Coded("درب الجيش البريطاني قوات أوكرانية على استخدام الدبابات."));
    }

    [Fact]
    public void AnObligationLaidOnAnActorIsADemandOnIt()
    {
        var laid = EventTestPipeline.Only("وأكد الرئيس الفلسطيني أنه على الحكومة الإسرائيلية أن تحترم القانون الدولي.", PloverType.REQUEST);
        Assert.Equal(("change", "الحكومة الإسرائيلية[ISR]"), (laid.Mode, EventTestPipeline.Actor(laid.Target)));
        // Said by a named speaker, the demand is the speaker's own speech act.
        var must = EventTestPipeline.Only("وقال وزير الخارجية الأردني إنه يجب على مجلس الأمن أن يتحمل مسؤولياته.", PloverType.REQUEST);
        Assert.Equal("REQUEST/change asserted وزير الخارجية الأردني[JOR] → مجلس الأمن[-] -", EventTestPipeline.Describe(must));
    }

    [Fact]
    public void AStateOneIsInIsNoObligation() =>
        Assert.Empty(Coded("وقال الرئيس التونسي إنه على يقين أن الأزمة ستنتهي قريبا."));

    [Fact]
    public void RecallingAnEnvoyIsASanctionAndDemandedWithOtherActsItIsTheDemand()
    {
        Assert.Equal(["SANCTION/withdraw asserted"], Coded("سحبت الحكومة الأردنية سفيرها من تل أبيب."));
        Assert.Equal(["REQUEST/change asserted"], Coded("وطالب نواب كويتيون بسحب السفير الكويتي من طهران، وطرد السفير الإيراني."));
    }

    [Fact]
    public void ATruceAnnouncedByALongSubjectIsAConcession() =>
        Assert.Equal(["CONCEDE/- asserted"], Coded("أعلنت قيادة القوات المشتركة بدء هدنة إنسانية في السودان."));

    [Fact]
    public void AnActThePathIsPavedForThroughADemonstrativeHasNotHappened() =>
        Assert.Equal(["SUPPORT/- asserted"], Coded("صادق البرلمان الإيراني على الاتفاق، ممهداً بذلك الطريق لرفع العقوبات."));

    [Fact]
    public void AFutureVerbTheTaggerReadsAsANameIsTheEvent() =>
        Assert.Equal(["AGREE/- planned"], Coded("وأعلن الديوان الملكي أن ولي العهد الأمير فيصل بن خالد وزير الداخلية سيغادر إلى الأردن في زيارة رسمية."));

    [Fact]
    public void LettingForeignForcesOperateFromOnesBasesIsCooperationNotTheirAttack()
    {
        Assert.Equal(["COOPERATE/- asserted"], Coded("سمحت الحكومة القبرصية للقوات البريطانية بشن غارات جوية على سوريا من قواعدها."));
        Assert.Equal(["COOPERATE/- asserted"], Coded("سمحت الحكومة القبرصية للقوات البريطانية باستخدام قواعدها الجوية."));
        Assert.Equal(["AGREE/- asserted"], Coded("وافقت الحكومة الكويتية على السماح لطائرات أمريكية بشن ضربات جوية ضد تنظيم داعش."));
    }

    [Fact]
    public void DeployingForcesIsAMobilizationByVerbOrByVerbalNoun()
    {
        Assert.Equal(["MOBILIZE/troops asserted"], Coded("وأعلنت الحكومة الهندية نشر قوات إضافية في إقليم كشمير."));
        Assert.Equal(["MOBILIZE/troops asserted"], Coded("وانتشرت قوات الجيش السوداني في شوارع الخرطوم."));
        Assert.Equal(["MOBILIZE/troops asserted"], Coded("استدعى الجيش الإسرائيلي آلاف جنود الاحتياط قبل العملية في رفح."));
    }

    [Fact]
    public void RepressingProtestersAndHouseArrestAreCoercion()
    {
        Assert.Equal(["COERCE/restrict asserted"], Coded("وقمعت الشرطة الإيرانية المتظاهرين في طهران بالقوة."));
        Assert.Equal(["COERCE/arrest asserted"], Coded("وفرضت السلطات الباكستانية الإقامة الجبرية على زعيم المعارضة."));
    }

    [Fact]
    public void ClosingBordersNamedByItsVerbalNounIsARestriction() =>
        Assert.Equal(["COERCE/restrict planned"], Coded("وقررت تركيا إغلاق حدودها مع سوريا."));

    [Fact]
    public void HandingOutOrReceivingAidIsAid()
    {
        Assert.Equal(["AID/- asserted"], Coded("ووزعت جمعية الهلال الأحمر مساعدات غذائية على النازحين في إدلب."));
        Assert.Equal(["AID/- asserted"], Coded("وتلقى الجيش اللبناني مساعدات عسكرية من الولايات المتحدة."));
    }

    [Fact]
    public void StatedReadinessIsAnAgreement() =>
        Assert.Equal(["AGREE/- asserted"], Coded("وأكدت الحكومة المغربية استعدادها لاستضافة المحادثات بين الطرفين."));
}
