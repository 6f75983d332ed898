namespace Marsad.Tests.Events;

/// <summary>
/// Who acts on whom, one test per class of Arabic construction the argument resolver reads (sentences written for these
/// tests): joint subjects, co-subjects, hosted visits, object nisbas, a verb's first letter, intents whose complement
/// is an act, the doer an agent phrase names («على أيدي», «على يد», «هجوم تبناه تنظيم»), and the subject of a verb opening a
/// relative clause on an actor (or after it, when a pronoun in the clause stands for the antecedent).
/// </summary>
public sealed class ArgumentClassTests
{
    private static string[] Describe(string text) =>
        EventTestPipeline.Events(text).Select(EventTestPipeline.Describe).ToArray();

    [Fact]
    public void AnEventNounAfterADemonstrativeSubjectIsNoActOfThePreviousSentencesSubject() =>
        Assert.Equal(["REQUEST/assist asserted كينيا[KEN] → الاتحاد الأفريقي[-] -", "COERCE/cyber asserted ? → وزارات كينية[KEN] -"],
            Describe("وطلبت كينيا مساعدة فنية من الاتحاد الأفريقي. ويعد هذا ثالث هجوم إلكتروني يستهدف وزارات كينية منذ العام الماضي."));

    [Fact]
    public void AJointActsSecondSubjectNisbaIsTheOtherParty() =>
        Assert.Equal(["COOPERATE/- asserted القوات الجوية الأردنية[JOR] → المغربية[MAR] -"],
            Describe("أجرت القوات الجوية الأردنية والمغربية مناورات مشتركة قرب العقبة."));

    [Fact]
    public void AJointActsSecondNamedSubjectIsTheOtherParty() =>
        Assert.Equal(["COOPERATE/- asserted فرنسا[FRA] → الهند[IND] -"],
            Describe("بدأت فرنسا والهند مناورات بحرية في المحيط الهندي."));

    [Fact]
    public void SubjectsJoinedByWaAreOneCompoundDoerNotTheObject() =>
        Assert.Equal(["ACCUSE/allege asserted ألمانيا وهولندا[-] → الحكومة الروسية[RUS] -"],
            Describe("وتتهم ألمانيا وهولندا الحكومة الروسية بنشر معلومات مضللة."));

    [Fact]
    public void TheVisitorReceivedByAHostIsTheVisitsSource() =>
        Assert.Equal(["CONSULT/visit asserted وزير الخارجية الياباني[JPN] → الملك الأردني[JOR] -"],
            Describe("استقبل الملك الأردني وزير الخارجية الياباني في عمّان."));

    [Fact]
    public void ANisbaAfterThePatternsRecipientNounGivesItsState() =>
        Assert.Equal(["ACCUSE/disapprove asserted الخارجية الكويتية[KWT] → القائم بالأعمال العراقي[IRQ] -"],
            Describe("استدعت الخارجية الكويتية القائم بالأعمال العراقي."));

    [Fact]
    public void AnObjectNisbaTakesTheNounItQualifies() =>
        Assert.Equal(["SANCTION/expel asserted الحكومة الجزائرية[DZA] → الملحق العسكري الفرنسي[FRA] -"],
            Describe("طردت الحكومة الجزائرية الملحق العسكري الفرنسي."));

    [Fact]
    public void AThreatenedActIsNotCodedAsAnEventOfItsOwn() =>
        Assert.Equal(["THREATEN/violence asserted كوريا الشمالية[PRK] → القواعد الأميركية[USA] -"],
            Describe("هددت كوريا الشمالية بضرب القواعد الأميركية في المنطقة."));

    [Fact]
    public void AThreatTakesTheTargetOfTheSanctionsItThreatens() =>
        Assert.Equal(["THREATEN/- asserted الاتحاد الأوروبي[-] → إيران[IRN] -"],
            Describe("لوح الاتحاد الأوروبي بفرض عقوبات على إيران."));

    [Fact]
    public void ACapitalAfterAVerbStartingWithLamIsItsSubject() =>
        Assert.Equal(["THREATEN/- asserted واشنطن[USA] → بكين[CHN] -"],
            Describe("ولوحت واشنطن بفرض عقوبات على بكين."));

    [Fact]
    public void AnInvitationToVisitIsTheInvitationAlone() =>
        // PLOVER: "invitations for state visits should be coded as AGREE" (CAMEO 036), not as a demand.
        Assert.Equal(["AGREE/- asserted الرئيس التونسي[TUN] → نظيره الجزائري[DZA] -"],
            Describe("دعا الرئيس التونسي نظيره الجزائري إلى زيارة تونس."));

    [Fact]
    public void AnAdjectiveAndASeatInAStateBelongToTheBodyNoun() =>
        Assert.Equal(["SANCTION/expel asserted المجلس العسكري في مالي[MLI] → السفير الفرنسي[FRA] -"],
            Describe("طرد المجلس العسكري في مالي السفير الفرنسي."));

    [Fact]
    public void AQuotedNameAfterABodyNounIsOnePhrase() =>
        Assert.Equal(["ACCUSE/allege asserted جماعة «كتائب النصر»[-] → الحكومة الفرنسية[FRA] -"],
            Describe("اتهمت جماعة «كتائب النصر» الحكومة الفرنسية بنشر معلومات مضللة."));

    [Fact]
    public void ADefiniteNounEndsItsPhraseBeforeTheNextNoun() =>
        Assert.Equal(["SANCTION/expel asserted السلطات في ليبيا[LBY] → الوفد الأردني[JOR] -"],
            Describe("طردت السلطات في ليبيا الوفد الأردني."));

    [Fact]
    public void AVictimPhraseStopsAtATimeExpression() =>
        Assert.Equal(["COERCE/cyber asserted روسيا[RUS] → مستشفيات حكومية[-] 2024-03"],
            Describe("شنت روسيا هجوما إلكترونيا على مستشفيات حكومية مطلع الشهر الجاري."));

    [Fact]
    public void OnTheHandsOfNamesTheDoerOfAnEventAPatientVerbIntroduces() =>
        Assert.Equal(["ASSAULT/torture reported حراس[-] → سجناء[-] -"],
            Describe("وقال محامون إن سجناء في سجن طرة تعرضوا للتعذيب على أيدي حراس السجن."));

    [Fact]
    public void ByTheHandOfNamesTheDoerOfAnEventNoun() =>
        Assert.Equal(["ACCUSE/disapprove asserted المنظمة[-] → مسلحين[-] -", "ASSAULT/- asserted مسلحين[-] → الصحفي[-] -"],
            Describe("وأدانت المنظمة مقتل الصحفي على يد مسلحين في العاصمة."));

    [Fact]
    public void ASideNamedAfterMinIsTheDoerOfAnEventNoun() =>
        Assert.Equal(["ACCUSE/disapprove asserted النقابة[-] → السلطات الأمنية[-] -", "COERCE/arrest asserted السلطات الأمنية[-] → الصحفي[-] -"],
            Describe("وأدانت النقابة اعتقال الصحفي من جانب السلطات الأمنية في العاصمة."));

    [Fact]
    public void ASideNamedAfterMinMakesAnUnvowelledVerbPassive() =>
        Assert.Equal(["COERCE/arrest asserted الشرطة[-] → الناشط[-] 2024-03-10"],
            Describe("واعتقل الناشط من طرف الشرطة في المدينة مساء الأحد."));

    [Fact]
    public void WhoClaimsAnAttackAsItsOwnIsItsDoer() =>
        Assert.Equal(["ASSAULT/- asserted تنظيم القاعدة[-] → ? -"],
            Describe("وأصيب عشرة جنود في هجوم تبناه تنظيم القاعدة قرب الحدود."));

    [Fact]
    public void TheActorBeforeARelativePronounIsTheSubjectOfTheVerbAfterIt() =>
        Assert.Equal(["RETREAT/withdraw asserted ? → ? -", "COERCE/arrest asserted قوات الشرطة المصرية[EGY] → عشرات المحتجين[EGY] -"],
            Describe("وانسحبت من المدينة قوات الشرطة المصرية، التي اعتقلت عشرات المحتجين."));

    [Fact]
    public void ARelativeClauseOnAnActorIsAnActOfItsOwnNotAnotherMentionOfTheSentencesEvent() =>
        Assert.Equal(["COERCE/seize asserted الشرطة الأردنية[JOR] → مقر الصحيفة[-] -", "COERCE/seize asserted الشرطة الأردنية[JOR] → وثائق ومعدات[-] -"],
            Describe("وتعرض مقر الصحيفة لاقتحام من قبل الشرطة الأردنية، التي صادرت وثائق ومعدات."));

    [Fact]
    public void APrepositionWithAPronounInTheRelativeClauseLeavesTheAntecedentOutOfTheSubject() =>
        Assert.Equal(["REJECT/meet asserted الحكومة[-] → ? -"],
            Describe("وأشار الوزير إلى الحركة التي ترفض الحكومة الحوار معها."));

    [Fact]
    public void AFigureAndItsMinLeadToTheObjectTheyCount() =>
        Assert.Equal(["COERCE/arrest asserted الشرطة الأوغندية[UGA] → أنصار[UGA] -"],
            Describe("واعتقلت الشرطة الأوغندية 14 من أنصار المرشح المعارض في العاصمة كمبالا."));

    [Fact]
    public void AQuantifierAndItsMinLeadToTheNamedObject() =>
        Assert.Equal(["COERCE/arrest asserted السلطات الإيرانية[IRN] → الصحفيين الفرنسيين[FRA] -"],
            Describe("وتواصل السلطات الإيرانية احتجاز عدد من الصحفيين الفرنسيين."));

    [Fact]
    public void ARequestNamedAsTheGroundOfAnActIsTheRequestersToTheOneWhoActed() =>
        Assert.Equal(["REQUEST/- asserted فرنسا[FRA] → مجلس الأمن الدولي[-] -"],
            Describe("وعقد مجلس الأمن الدولي جلسة طارئة بطلب من فرنسا لبحث الوضع في ليبيا."));

    [Fact]
    public void ARequestAfterAGroundWordGoesFromTheActorAfterItsLamToTheClausesDoer() =>
        Assert.Equal(["RETREAT/release asserted السلطات الكويتية[KWT] → الصحفي[KWT] -", "REQUEST/- asserted البرلمان المصري[EGY] → السلطات الكويتية[KWT] -"],
            Describe("وأفرجت السلطات الكويتية عن الصحفي بناء على طلب سابق للبرلمان المصري."));
}
