using System.Globalization;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Reporting;
using Marsad.Text;
using Marsad.Text.Normalization;

namespace Marsad.Time;

/// <summary>
/// Pipeline step: dates the article (from its source, or estimated from its content) and resolves its time
/// expressions against that date. Uses the normalized text and sentences when earlier steps produced them.
/// </summary>
public sealed class TimeAnnotator(TimeOptions? options = null) : IAnnotator, IJsonContributor, IReportContributor
{
    private readonly TimeOptions _options = options ?? new TimeOptions();

    public string Name => "time";

    public IReadOnlyList<Layer> Requires => [];

    public IReadOnlyList<Layer> Reads => [TextLayers.Normalized, TextLayers.Sentences];

    public IReadOnlyList<Layer> Produces => [TimeLayers.Times, DocumentLayers.Publication];

    public void Annotate(Document document)
    {
        var normalized = document.GetOrDefault(TextLayers.Normalized) ?? ArabicNormalizer.Normalize(document.Text);
        var sentences = document.GetOrDefault(TextLayers.Sentences)?.Select(s => s.Span).ToList();
        var recognizer = TimeRecognizer.Default;
        // Read once, resolved once or twice: the parses do not depend on the anchor.
        var parsed = TimeRecognizer.ParseText(normalized, sentences);

        var publication = PublicationDate.FromSource(document.Article);
        IReadOnlyList<TimeExpression>? unanchored = null;
        if (publication.Value is null && _options.EstimateMissingPublication)
            publication = ArticleDater.Estimate(unanchored = recognizer.Recognize(parsed, anchor: null));
        document.Set(DocumentLayers.Publication, publication);

        var anchor = _options.Anchor ?? (publication.Value is { } published ? DateOnly.FromDateTime(published.Date) : null);
        // No anchor found: the expressions already resolved without one are the answer.
        var times = anchor is null && unanchored is not null ? unanchored : recognizer.Recognize(parsed, anchor);
        // «… اليوم (الاثنين)» in an article stamped Tuesday: its deictic days count from the day its dateline names.
        if (_options.Anchor is null && anchor is { } stamped && WritersDay.Of(times, document.Text, stamped) is { } written)
            times = recognizer.Recognize(parsed, written);
        document.Set(TimeLayers.Times, times);
    }

    public void WriteJson(Document document, Utf8JsonWriter writer)
    {
        writer.WritePropertyName("times");
        writer.WriteStartArray();
        foreach (var time in document.GetOrDefault(TimeLayers.Times) ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("text", time.Text);
            writer.WriteNumber("start", time.Span.Start);
            writer.WriteNumber("end", time.Span.End);
            writer.WriteString("type", time.Type.ToString().ToUpperInvariant());
            writer.WriteString("value", time.Value);
            if (time.Anchor is { } anchor) writer.WriteString("anchor", anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            else writer.WriteNull("anchor");
            writer.WriteString("granularity", Snake(time.Granularity.ToString()));
            writer.WriteString("rule", time.Rule);
            writer.WriteStartArray("flags");
            foreach (var flag in time.Flags) writer.WriteStringValue(flag);
            writer.WriteEndArray();
            if (time.Event is { } ev)
            {
                // The event an offset counts from, so a story can date it from another article (Stories/StoryDating).
                writer.WriteStartObject("event");
                writer.WriteString("text", ev.Text);
                writer.WriteNumber("start", ev.Span.Start);
                writer.WriteNumber("end", ev.Span.End);
                writer.WriteString("offset", ev.Offset);
                writer.WriteBoolean("dated", ev.Dated);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    public ReportSection? Report(JsonElement article) => TimeReport.Report(article);

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
