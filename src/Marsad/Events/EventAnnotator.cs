using System.Text.Json;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Events.Incidents;
using Marsad.Pipeline;
using Marsad.Quotes;
using Marsad.Reporting;
using Marsad.Storage;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// Pipeline step for <see cref="EventCoder"/>: reads tokens, sentences and entities, and when present the words, the
/// time expressions (dates) and the quotes (attribution), and sets <see cref="EventLayers.Events"/> and
/// <see cref="EventLayers.Incidents"/>. Keeps events and incidents in the store (<see cref="EventRepository"/>,
/// migration M005) and adds the <c>events</c> and <c>incidents</c> properties to the article's JSON.
/// </summary>
public sealed class EventAnnotator(EventCoder coder) : IAnnotator, IJsonContributor, IStoredStep, IReportContributor
{
    public string Name => "events";

    public IReadOnlyList<Layer> Requires { get; } = [TextLayers.Tokens, TextLayers.Sentences, EntityLayers.Entities];

    // Quotes attribute the events they contain; time dates them; words give the segmenter's bases.
    public IReadOnlyList<Layer> Reads { get; } = [TextLayers.Words, TimeLayers.Times, QuoteLayers.Quotes];

    public IReadOnlyList<Layer> Produces { get; } = [EventLayers.Events, EventLayers.Incidents];

    public EventCoder Coder { get; } = coder;

    /// <summary>What the coder reads of an analysed document: its required layers and those of its optional reads it has.</summary>
    public static EventInput InputOf(Document document) =>
        new(document.Text, document.Get(TextLayers.Tokens), document.Get(TextLayers.Sentences),
            document.GetOrDefault(TextLayers.Words), document.Get(EntityLayers.Entities), document.GetOrDefault(TimeLayers.Times),
            document.GetOrDefault(QuoteLayers.Quotes),
            // «… اليوم (الاثنين)» in an article stamped Tuesday: an act still to come is measured from the writer's day too.
            WritersDay.Today(document.GetOrDefault(TimeLayers.Times),
                document.GetOrDefault(DocumentLayers.Publication)?.Value is { } published ? DateOnly.FromDateTime(published.Date) : null));

    public void Annotate(Document document)
    {
        var result = Coder.Code(InputOf(document));
        document.Set(EventLayers.Events, result.Events);
        document.Set(EventLayers.Incidents, result.Incidents);
    }

    public void WriteJson(Document document, Utf8JsonWriter writer)
    {
        EventJson.WriteEvents(document.GetOrDefault(EventLayers.Events) ?? [], writer);
        IncidentJson.WriteIncidents(document.GetOrDefault(EventLayers.Incidents) ?? [], writer);
    }

    public void Save(Document document, StoreTransaction transaction)
    {
        if (document.GetOrDefault(EventLayers.Events) is { } events)
            new EventRepository(transaction.Store).Save(document.Article, events, document.GetOrDefault(EventLayers.Incidents) ?? [], transaction);
    }

    public ReportSection? Report(JsonElement article) => EventReport.Report(article);
}
