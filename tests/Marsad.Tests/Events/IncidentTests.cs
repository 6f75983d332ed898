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
}
