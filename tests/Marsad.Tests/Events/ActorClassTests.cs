using Marsad.Events;

namespace Marsad.Tests.Events;

/// <summary>
/// Classes of actor errors the development sets showed, each on a sentence written for these tests: a negation before a
/// VSO subject, a preposition carrying its own pronoun before a subject, an agent phrase making a verb passive, a count
/// before a subject, a protest's grievance naming what it faces, a verbal noun whose pronoun names its doer, an order
/// and its issuer after a subject, and the city an embassy is opened in.
/// </summary>
public sealed class ActorClassTests
{
    private static Event Only(string text, PloverType type) => Assert.Single(EventTestPipeline.Events(text), e => e.Type == type);

    private static string Actor(EventActor? actor) => actor is null ? "?" : $"{actor.Text}[{actor.Country ?? "-"}]";

    private static (string Source, string Target) Actors(Event e) => (Actor(e.Source), Actor(e.Target));

    [Fact]
    public void ANegationBeforeTheVerbLeavesItsSubjectTheDoerOfTheEventNounItGoverns()
    {
        var e = Only("لم يعقد وزير الخارجية الليبي أي اجتماع مع نظيره المصري.", PloverType.CONSULT);
        Assert.Equal(("وزير الخارجية الليبي[LBY]", "نظيره المصري[EGY]"), Actors(e));
    }

    [Fact]
    public void APrepositionCarryingItsPronounDoesNotGovernTheSubjectAfterIt()
    {
        var e = Only("واقتحم فيها مسلحون مقر البلدية في مدينة غاو.", PloverType.COERCE);
        Assert.Equal(("مسلحون[-]", "مقر البلدية[-]"), Actors(e));
    }

    [Fact]
    public void AnAgentPhraseAfterTheSubjectMakesTheVerbPassive()
    {
        var e = Only("واعتقل الصحفي من قبل قوات الأمن التركية في إسطنبول.", PloverType.COERCE);
        Assert.Equal(("قوات الأمن التركية[TUR]", "الصحفي[TUR]"), Actors(e));
    }

    [Fact]
    public void ACountBeforeAMasculinePluralIsNoFeminineHeadAndOnAyadiNamesTheDoer()
    {
        var e = Only("وقتل ثلاثة متظاهرين على أيدي قوات الأمن السودانية في الخرطوم.", PloverType.ASSAULT);
        Assert.Equal(("قوات الأمن السودانية[SDN]", "ثلاثة متظاهرين[SDN]"), Actors(e));
    }

    [Fact]
    public void AProtestFacesTheActorItsDemandNames()
    {
        var e = Only("تظاهر مئات الطلاب في نيروبي، الخميس، للمطالبة باستقالة وزير التعليم الكيني.", PloverType.PROTEST);
        Assert.Equal(("الطلاب في نيروبي[KEN]", "وزير التعليم الكيني[KEN]"), Actors(e));
    }

    [Fact]
    public void AVerbalNounWhosePronounNamesItsDoerTakesTheActorAfterItAsObject()
    {
        var e = Assert.Single(EventTestPipeline.Events("أعربت ألمانيا عن تضامنها مع ضحايا الفيضانات، مؤكدة دعمها الحكومة الليبية في جهود الإغاثة."),
            e => e.Mentions[0].TriggerText.StartsWith("مؤكدة", StringComparison.Ordinal));
        Assert.Equal(("ألمانيا[DEU]", "الحكومة الليبية[LBY]"), Actors(e));
    }

    [Fact]
    public void AnOrderAndItsIssuerAfterTheSubjectMakeTheVerbPassive()
    {
        var e = Only("وأغلقت مكاتب قناة «العربية» في بغداد بقرار من هيئة الإعلام العراقية.", PloverType.COERCE);
        Assert.Equal(("هيئة الإعلام العراقية[IRQ]", "قناة «العربية»[SAU]"), Actors(e));
    }

    [Fact]
    public void AnOrderAfterTheObjectOfAnActiveVerbLeavesItsSubjectTheDoer()
    {
        var e = Only("أغلقت الشرطة المكاتب بقرار من المحكمة.", PloverType.COERCE);
        Assert.Equal(("الشرطة[-]", "?"), Actors(e));
    }

    [Fact]
    public void ADecisionWithAGenitiveIssuerIsWhatTheVerbIsAboutNotItsAgent()
    {
        var e = Only("رحبت الحكومة الأردنية بقرار المغرب قطع العلاقات مع إيران.", PloverType.SUPPORT);
        Assert.Equal(("الحكومة الأردنية[JOR]", "المغرب[MAR]"), Actors(e));
    }

    [Fact]
    public void AnEmbassyOpenedInAForeignCityHasThatCitysStateAsRecipient()
    {
        var e = Only("وافتتح وزير الخارجية الإماراتي سفارة بلاده في تل أبيب.", PloverType.SUPPORT);
        Assert.Equal(("وزير الخارجية الإماراتي[ARE]", "تل أبيب[ISR]"), Actors(e));
    }

    [Fact]
    public void AForeignMissionReopenedInTheActorsOwnCityHasNoCityAsRecipient()
    {
        var e = Only("وأعادت السلطات التركية فتح القنصلية السعودية في إسطنبول أمام المراجعين.", PloverType.SUPPORT);
        Assert.Equal(("السلطات التركية[TUR]", "?"), Actors(e));
    }
}
