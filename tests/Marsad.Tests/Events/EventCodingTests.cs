using Marsad.Events;

namespace Marsad.Tests.Events;

/// <summary>Event coding on sentences written for these tests: triggers, actors, modality, dates, merging.</summary>
public sealed class EventCodingTests
{
    private static string[] Describe(string text, string published = "2024-03-10") =>
        EventTestPipeline.Events(text, published).Select(EventTestPipeline.Describe).ToArray();

    [Fact]
    public void AVerbWithItsSubjectAndAPrepositionalTargetIsOneEvent() =>
        Assert.Equal(["SANCTION/discontinue asserted السعودية[SAU] → إيران[IRN] 2024-03-10"],
            Describe("قطعت السعودية علاقاتها الدبلوماسية مع إيران يوم الأحد."));

    [Fact]
    public void AnEventNounAfterADecisionTakesTheDecisionsActor() =>
        Assert.Equal(["SUPPORT/- asserted الحكومة الأردنية[JOR] → المغرب[MAR] -", "SANCTION/discontinue asserted المغرب[MAR] → إيران[IRN] -"],
            Describe("رحبت الحكومة الأردنية بقرار المغرب قطع العلاقات مع إيران."));

    [Fact]
    public void CoordinatedEventNounsShareTheirActorAndItsAmbassadorIsTheOtherStates() =>
        Assert.Equal(["SANCTION/discontinue planned تركيا[TUR] → النمسا[AUT] -", "SANCTION/expel asserted تركيا[TUR] → سفيرها[AUT] -"],
            Describe("قررت تركيا قطع علاقاتها مع النمسا وطرد سفيرها."));

    [Fact]
    public void TheSubjectOfTaarradaLiIsTheTargetOfTheAttack() =>
        // Told inside what officials said (an indirect quote), so reported, not asserted by the outlet.
        Assert.Equal(["COERCE/cyber reported ? → الكويت[KWT] -"],
            Describe("قال مسؤولون إن هجوما إلكترونيا تعرضت له الكويت عطل مواقع الوزارات."));

    [Fact]
    public void AnAccusationInADuunAnClauseIsTheMainSubjectsNotTheNearestGroups() =>
        Assert.Equal(["ACCUSE/allege negated الشرطة الكينية[KEN] → ? -"],
            Describe("ورجحت الشرطة الكينية أن تكون عصابة محلية وراء السرقة، من دون أن تتهم أي جهة بعينها."));

    [Fact]
    public void JointActsTakeTheSecondConjunctOfTheSubjectAsTheOtherParty() =>
        Assert.Equal(["AGREE/- asserted تونس[TUN] → الجزائر[DZA] -"], Describe("اتفقت تونس والجزائر على فتح المعابر الحدودية."));

    [Fact]
    public void AFirstPersonVerbInAQuoteIsTheSpeakersAct() =>
        Assert.Equal(["COERCE/arrest reported المتحدث باسم الشرطة الكندية[CAN] → ثلاثة رجال[CAN] -"],
            Describe("وقال المتحدث باسم الشرطة الكندية: «اعتقلنا ثلاثة رجال في تورونتو»."));

    [Fact]
    public void AFirstPersonPerfectOfARootOpeningWithWawIsTheSpeakersReportedAct() =>
        Assert.Equal(["SUPPORT/- reported رئيس الوزراء الإسباني[ESP] → المغرب[MAR] -"],
            Describe("وقال رئيس الوزراء الإسباني: «وقعنا مع المغرب اتفاقاً لتبادل الكهرباء»."));

    [Fact]
    public void AnUnnamedOfficialsWeIsTheBodyHeServes() =>
        Assert.Equal(["COERCE/arrest reported الحكومة العراقية[IRQ] → خمسة مهربين[IRQ] -"],
            Describe("وقال مسؤول في الحكومة العراقية: «اعتقلنا خمسة مهربين قرب الحدود»."));

    [Fact]
    public void ACallReceivedFromSomeoneIsTheirs() =>
        Assert.Equal(["CONSULT/phone asserted الرئيس الفرنسي[FRA] → رئيس الوزراء المصري[EGY] 2024-03-09"],
            Describe("وتلقى رئيس الوزراء المصري أمس اتصالا هاتفيا من الرئيس الفرنسي."));

    [Fact]
    public void TheFirstObjectOfAHandingOverIsItsRecipientNotTheThingGiven() =>
        Assert.Equal(["COOPERATE/- asserted روسيا[RUS] → الجيش السوري[SYR] -"],
            Describe("سلمت روسيا الجيش السوري شحنة جديدة من الأسلحة."));

    [Fact]
    public void AHandingOverToARecipientAfterItsPrepositionTakesThatRecipient() =>
        Assert.Equal(["COOPERATE/- asserted فرنسا[FRA] → الجيش العراقي[IRQ] -"],
            Describe("سلمت فرنسا شحنة من الطائرات إلى الجيش العراقي."));

    [Fact]
    public void LamNegatesTheEvent() =>
        Assert.Equal(["SANCTION/discontinue negated مصر[EGY] → قطر[QAT] -"], Describe("لم تقطع مصر علاقاتها مع قطر."));

    [Fact]
    public void NafaMakesTheEventDenied() =>
        Assert.Equal(["ASSAULT/heavy-weapons denied روسيا[RUS] → المستشفى[-] -"], Describe("نفت روسيا أنها قصفت المستشفى."));

    [Fact]
    public void APlannedVisitToOnesOwnTroopsStaysAPlannedVisit() =>
        Assert.Equal(["CONSULT/visit planned"], EventTestPipeline.Coded("وسيزور وزير الدفاع المصري القوات المصرية المنتشرة في سيناء."));

    // Published on Sunday 10 March 2024: the week that begins that Sunday (the Gulf week) is ISO W11, so the next is W12.
    [Fact]
    public void AFutureVisitIsAPlannedAgreement() =>
        Assert.Equal(["AGREE/- planned وزير الخارجية الفرنسي[FRA] → الجزائر[DZA] 2024-W12"],
            Describe("سيزور وزير الخارجية الفرنسي الجزائر الأسبوع المقبل."));

    [Fact]
    public void TheActOfAnAccusationIsAllegedAndDoneByTheAccused() =>
        Assert.Equal(["ACCUSE/allege asserted الحكومة الليبية[LBY] → مصر[EGY] -", "ASSAULT/heavy-weapons alleged مصر[EGY] → مواقع[LBY] -"],
            Describe("اتهمت الحكومة الليبية مصر بقصف مواقع في درنة."));

    [Fact]
    public void TheDateOfTheSentenceDatesTheEventAndTheDiplomatsCarryTheirState() =>
        Assert.Equal(["SANCTION/expel asserted ألمانيا[DEU] → دبلوماسيين روس[RUS] 2023-03-05"],
            Describe("أعلنت ألمانيا يوم 5 مارس/آذار 2023 طرد دبلوماسيين روس.", "2023-03-06"));

    [Fact]
    public void TwoMentionsOfOneBreakOfRelationsAreOneEvent()
    {
        var events = EventTestPipeline.Events("قطعت الأردن علاقاتها مع سوريا. وقال وزير الخارجية الأردني إن قرار الأردن قطع العلاقات مع سوريا نهائي.");
        var e = Assert.Single(events);
        Assert.Equal("SANCTION/discontinue asserted الأردن[JOR] → سوريا[SYR] -", EventTestPipeline.Describe(e));
        Assert.Equal(["قطعت الأردن علاقاتها", "قطع العلاقات"], e.Mentions.Select(m => m.TriggerText));
    }

    [Fact]
    // The meeting is in Tunis, the president's own state: the visiting minister is the source (ActorResolutionTests).
    public void AVerbJoinedByWaKeepsTheSubjectOfTheVerbBefore() =>
        Assert.Equal(["CONSULT/- asserted وزير الخارجية الجزائري[DZA] → الرئيس التونسي[TUN] -"],
            Describe("التقى الرئيس التونسي وزير الخارجية الجزائري في تونس، وبحث معه الوضع في ليبيا."));

    [Fact]
    // The recall acts on the state the envoy serves in, as both development sets code it (Bahrain recalling its envoy to
    // Tehran: IRN).
    public void RecallingOnesOwnAmbassadorIsAWithdrawalNotASummons() =>
        Assert.Equal(["SANCTION/withdraw asserted الإمارات[ARE] → لبنان[LBN] -"], Describe("استدعت الإمارات سفيرها لدى لبنان للتشاور."));

    [Fact]
    public void AReleaseIsDatedAndItsActorCarriesItsSector()
    {
        var e = Assert.Single(EventTestPipeline.Events("أطلقت الشرطة الباكستانية سراح عشرة صحفيين يوم الثلاثاء 4 يوليو/تموز 2023.", "2023-07-05"));
        Assert.Equal("RETREAT/release asserted الشرطة الباكستانية[PAK] → عشرة صحفيين[PAK] 2023-07-04", EventTestPipeline.Describe(e));
        Assert.Equal("COP", e.Source!.Sector);
        Assert.Equal("0841", e.Cameo);
    }

    [Fact]
    public void EverySpanPointsAtTheOriginalText()
    {
        const string text = "وَقَطَعَت السعودية علاقاتها مع إيران، واتهمتها بالتدخل.";
        var e = EventTestPipeline.Events(text)[0];
        Assert.Equal("وَقَطَعَت السعودية علاقاتها", e.First.Trigger.Slice(text));
        Assert.Equal("السعودية", e.Source!.Span.Slice(text));
        Assert.Equal(text.TrimEnd(), e.First.Sentence.Slice(text));
    }

    [Fact]
    public void ACooperationThereIsNamesItsPartiesNotTheSpeaker()
    {
        var e = EventTestPipeline.Events("وذكرت صحيفة الأهرام أن هناك تعاونا بين مصر والسودان في ملف المياه.").Single(e => e.Type == PloverType.COOPERATE);
        Assert.Equal(("مصر", "السودان"), (e.Source?.Text, e.Target?.Text));
    }

    [Fact]
    public void AKillingQuotedAfterItsAnnouncerIsNotTheAnnouncers()
    {
        var e = EventTestPipeline.Events("وأعلن محمد كريم الحسيني لاحقا «مقتل 7 من الحراس العراقيين وإصابة اثنين».").Single(e => e.Type == PloverType.ASSAULT);
        Assert.Equal((null, "الحراس العراقيين", "محمد كريم الحسيني"), (e.Source?.Text, e.Target?.Text, e.AttributedTo?.Text));
    }

    [Fact]
    public void AnArrestItsDoerAnnouncesIsReportedOnItsWord()
    {
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded("أعلنت الشرطة المغربية توقيف خمسة أشخاص في الدار البيضاء."));
        Assert.Equal("الشرطة المغربية", EventTestPipeline.Events("أعلنت الشرطة المغربية توقيف خمسة أشخاص في الدار البيضاء.")[0].AttributedTo?.Text);
    }

    [Fact]
    public void ADecisionAnnouncedIsMadeByTheAnnouncementAndStaysAsserted() =>
        Assert.Equal(["SANCTION/discontinue asserted"], EventTestPipeline.Coded("أعلنت الحكومة الألمانية تعليق مساعداتها للنيجر."));

    [Fact]
    public void AnAttackNoOneAnnouncedIsNotReported() =>
        Assert.Equal(["ASSAULT/- asserted"], EventTestPipeline.Coded("ولم تعلن أي جهة مسؤوليتها عن الهجوم على القاعدة العسكرية."));

    [Fact]
    public void AnIntentionCueBeforeALongNamedSubjectStillMakesTheActPlanned() =>
        Assert.Equal(["SANCTION/expel planned الحكومة الانتقالية في مالي[MLI] → السفير الفرنسي[FRA] -"],
            Describe("قررت الحكومة الانتقالية في مالي طرد السفير الفرنسي."));

    [Fact]
    public void ANegatedLightVerbWithAnyBeforeItsEventNounNegatesTheEvent() =>
        Assert.Equal(["CONSULT/- negated"], EventTestPipeline.Coded("لم يعقد وزير الخارجية المصري أي لقاء مع نظيره السوداني."));

    [Fact]
    public void ADenialReferringBackToTheClauseDeniesTheClaimedActNotTheAccusation() =>
        Assert.Equal(["ACCUSE/allege asserted", "ASSAULT/unconventional denied"], EventTestPipeline.Coded(
            "واتهمت منظمة حقوقية الجيش باستخدام أسلحة كيميائية في القرى الحدودية، وهو ما نفته وزارة الدفاع."));

    [Fact]
    public void TheSameClaimWithoutTheDenialStaysAlleged() =>
        Assert.Equal(["ACCUSE/allege asserted", "ASSAULT/unconventional alleged"], EventTestPipeline.Coded(
            "واتهمت منظمة حقوقية الجيش باستخدام أسلحة كيميائية في القرى الحدودية، وهو ما أثار قلق الجيران."));
}
