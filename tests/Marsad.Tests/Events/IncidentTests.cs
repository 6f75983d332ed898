using Marsad.Events;

namespace Marsad.Tests.Events;

public sealed class IncidentTests
{
    [Fact]
    public void ACyberattackBuildsAnIncidentWithImpactsAttributionAndResponses()
    {
        const string text = "اتهمت الحكومة الهولندية روسيا بشن هجوم إلكتروني على البرلمان الهولندي في مايو/أيار 2023 أدى إلى تعطيل الخدمات وتسريب البيانات. " +
                            "وقررت هولندا طرد دبلوماسيين روس ردا على الهجوم الإلكتروني.";
        var document = EventTestPipeline.Analyze(text, "2023-06-20");
        var events = document.Get(EventLayers.Events);
        var incident = Assert.Single(document.Get(EventLayers.Incidents));
        var attack = events.Single(e => e.Id == incident.EventId);
        Assert.Equal("COERCE/cyber alleged روسيا[RUS] → البرلمان الهولندي[NLD] 2023-05", EventTestPipeline.Describe(attack));
        Assert.Equal("RUS", incident.Initiator!.Country);
        Assert.Equal("NLD", incident.Victim.Country);
        Assert.Equal("2023-05", incident.Date);
        Assert.Equal(["تعطيل الخدمات", "وتسريب البيانات"], incident.Impacts.Select(i => i.Text));
        var attribution = Assert.Single(incident.Attributions);
        Assert.Equal(("الحكومة الهولندية", EventModality.Asserted), (attribution.By.Text, attribution.Modality));
        var expulsion = events.Single(e => e.Type == PloverType.SANCTION);
        Assert.Equal([expulsion.Id], incident.Responses);
    }

    [Fact]
    public void TheObjectOfAnAimVerbIsTheVictimEvenWhenItIsAClassOfOrganisations()
    {
        // The owner of the hit systems is the victim; with no named entity it keeps its words, in the state the article is about.
        const string text = "عمّان - قالت الحكومة الأردنية إن هجوماً إلكترونياً استهدف أنظمة عدد من المدارس الحكومية، ما أدى إلى تعطيل الخدمات.";
        var document = EventTestPipeline.Analyze(text, "2025-02-04");
        var incident = Assert.Single(document.Get(EventLayers.Incidents));
        Assert.Equal(("المدارس الحكومية", "JOR"), (incident.Victim.Text, incident.Victim.Country));
        Assert.Equal("المدارس الحكومية", incident.Victim.Span.Slice(text));
        Assert.Null(incident.Initiator);
        Assert.Equal(["تعطيل الخدمات"], incident.Impacts.Select(i => i.Text));
    }

    [Fact]
    public void TheCopenhagenArticleGivesTheAllegedInitiatorTheResponsesAndTheAttackNamedAgain()
    {
        var document = EventTestPipeline.Analyze(Export.CyberArticle.Text, "2025-03-18");
        var events = document.Get(EventLayers.Events);
        var incident = Assert.Single(document.Get(EventLayers.Incidents));
        var attack = events.Single(e => e.Id == incident.EventId);

        // The accusation is the government's act, asserted; what it accuses Russia of is alleged. The embassy's denial of
        // any link with «الهجوم» denies Russia's part, not the attack, and «الاتهامات» does not unsay the accusation.
        Assert.Equal("ACCUSE/allege asserted الحكومة الدنماركية[DNK] → روسيا[RUS] -", EventTestPipeline.Describe(events.Single(e => e.Mode == "allege")));
        Assert.Equal("COERCE/cyber alleged روسيا[RUS] → الدنمارك[DNK] 2025-03-17", EventTestPipeline.Describe(attack));
        Assert.Equal(["هجوم إلكتروني", "الهجوم", "الهجوم الإلكتروني", "بالهجوم", "الهجوم الإلكتروني"], attack.Mentions.Select(m => m.TriggerText));
        Assert.DoesNotContain(events, e => e.Type == PloverType.ASSAULT);
        Assert.Equal(["تسريب مراسلات", "وتعطيل البريد"], incident.Impacts.Select(i => i.Text));
        // The minister is named with his office: the actor phrase keeps the role and the name in apposition.
        Assert.Equal([("الحكومة الدنماركية", EventModality.Asserted), ("وزير الخارجية الدنماركي لارس لوكه راسموسن", EventModality.Alleged)],
            incident.Attributions.Select(a => (a.By.Text, a.Modality)));
        // «وردا على الهجوم الإلكتروني، طردت الدنمارك … واستدعت السفير»; «أدانت السويد الهجوم … وعرضت تقديم المساعدة».
        Assert.Equal(["SANCTION/expel طردت", "ACCUSE/disapprove واستدعت السفير", "ACCUSE/disapprove أدانت", "AGREE/- وعرضت تقديم المساعدة"],
            incident.Responses.Select(id => events.Single(e => e.Id == id)).Select(e => $"{e.Type}/{e.Mode ?? "-"} {e.First.TriggerText}"));
    }

    [Fact]
    public void ATimeOfDayDatesTheAttackAndAConjectureNamesItsAllegedInitiator()
    {
        const string text = "أعلنت الهيئة الوطنية للأمن السيبراني في المغرب، الخميس 3 أكتوبر 2024، أن هجوما إلكترونيا استهدف أنظمة عدد من البلديات فجر الثلاثاء، ما أدى إلى توقف الخدمات. " +
                            "ورجحت الهيئة أن تكون مجموعة قراصنة تطلق على نفسها اسم \"العقرب\" وراء الهجوم.";
        var document = EventTestPipeline.Analyze(text, "2024-10-03");
        var incident = Assert.Single(document.Get(EventLayers.Incidents));
        var attack = document.Get(EventLayers.Events).Single(e => e.Id == incident.EventId);

        Assert.Equal(("2024-10-01", "2024-10-01"), (attack.Date, incident.Date));
        Assert.Equal("مجموعة قراصنة", incident.Initiator?.Text);
        Assert.Equal(EventModality.Alleged, attack.Modality);
        Assert.Equal([("الهيئة الوطنية للأمن السيبراني", EventModality.Alleged)], incident.Attributions.Select(a => (a.By.Text, a.Modality)));
        Assert.Equal(["توقف الخدمات"], incident.Impacts.Select(i => i.Text));
    }
}

