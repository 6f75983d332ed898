namespace Marsad.Tests.Events;

/// <summary>
/// Who acts on whom, one test per class of Arabic construction the argument resolver reads (sentences written for these
/// tests): joint subjects, co-subjects, hosted visits, object nisbas, a verb's first letter, and intents whose complement
/// is an act.
/// </summary>
public sealed class ArgumentClassTests
{
    private static string[] Describe(string text) =>
        EventTestPipeline.Events(text).Select(EventTestPipeline.Describe).ToArray();

    [Fact]
    public void AJointActsSecondSubjectNisbaIsTheOtherParty() =>
        Assert.Equal(["COOPERATE/- asserted القوات الجوية الأردنية[JOR] → المغربية[MAR] -"],
            Describe("أجرت القوات الجوية الأردنية والمغربية مناورات مشتركة قرب العقبة."));

    [Fact]
    public void AJointActsSecondNamedSubjectIsTheOtherParty() =>
        Assert.Equal(["COOPERATE/- asserted فرنسا[FRA] → الهند[IND] -"],
            Describe("بدأت فرنسا والهند مناورات بحرية في المحيط الهندي."));

    [Fact]
    public void ACoSubjectJoinedByWaIsNotTheObject() =>
        Assert.Equal(["ACCUSE/allege asserted ألمانيا[DEU] → الحكومة الروسية[RUS] -"],
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
        Assert.Equal(["REQUEST/change asserted الرئيس التونسي[TUN] → نظيره الجزائري[DZA] -"],
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
}
