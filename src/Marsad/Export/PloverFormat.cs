using System.Text.Json;

namespace Marsad.Export;

/// <summary>
/// Events as PLOVER JSON records, one per line (the manual's "Data Fields" chapter, ../shared/reference/plover):
/// <c>id</c> (article id and event id), <c>date</c> (YYYY-MM-DD: the event's own date when the text gives a day, else the
/// article's publication day; null when neither is known), <c>actor</c> and <c>recipient</c> (lists of entity objects:
/// <c>code</c> ISO alpha-3 country, or IGO for an intergovernmental body without one; <c>sector</c>; <c>entity_text</c>
/// as written; <c>identifier_id</c> Marsad's entity id), <c>event</c>, <c>mode</c>, <c>context</c> (lists),
/// <c>event_loc</c>, <c>event_text</c> (the trigger) with <c>event_text_offsets</c>, <c>text</c> (the sentence) with
/// <c>text_info</c> (its offsets, half-open into the article's original text), <c>cite_info</c>, <c>coder</c>. The manual
/// lets a provider add named fields; Marsad adds <c>modality</c>, <c>cameo</c>, <c>attributed_to</c>, <c>event_date</c>
/// (the date as precise as the text: a week, a month) and <c>mentions</c>. No <c>coded_date</c>: an export of the same
/// store is the same file.
/// </summary>
public sealed class PloverFormat : IExportFormat
{
    /// <summary>Who coded the events and by which codebook (<c>coder</c>, <c>cite_info.codebook</c>).</summary>
    public const string Coder = "Marsad";

    public const string Codebook = "plover-2.0";

    public string Name => "plover";

    public string MediaType => "application/x-ndjson";

    public string Extension => ".plover.jsonl";

    public bool Supports(ITableExport export) => export is EventsExport;

    public long Write(ITableExport export, IEnumerable<object?[]> rows, Stream output, ExportOptions options)
    {
        var at = export.Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        return JsonLinesFormat.Lines(rows, output, (writer, row) =>
        {
            string? Text(string column) => (string?)row[at[column]];
            long? Integer(string column) => (long?)row[at[column]];
            writer.WriteStartObject();
            writer.WriteString("id", $"{Text("article_id")}-{Text("event_id")}");
            WriteOrNull(writer, "date", Day(Text("date")) ?? Day(Text("published")));
            Actors(writer, "actor", "source", Text);
            Actors(writer, "recipient", "target", Text);
            List(writer, "event", Text("type"));
            List(writer, "mode", Text("mode"));
            List(writer, "context", Text("contexts")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? []);
            if (Text("location_text") is { } place)
            {
                writer.WriteStartObject("event_loc");
                writer.WriteString("name", place);
                WriteOrNull(writer, "identifier_id", Text("location_entity_id"));
                writer.WriteEndObject();
            }
            List(writer, "event_text", Text("trigger"));
            writer.WriteStartArray("event_text_offsets");
            writer.WriteStartObject();
            writer.WriteNumber("start", Integer("trigger_start")!.Value);
            writer.WriteNumber("end", Integer("trigger_end")!.Value);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteString("text", Text("sentence"));
            writer.WriteStartObject("text_info");
            writer.WriteNumber("start", Integer("sentence_start")!.Value);
            writer.WriteNumber("end", Integer("sentence_end")!.Value);
            writer.WriteEndObject();
            writer.WriteStartObject("cite_info");
            writer.WriteString("citation", Text("article_id"));
            WriteOrNull(writer, "publication", Text("outlet"));
            writer.WriteString("language", "ar");
            writer.WriteString("coder", Coder);
            writer.WriteString("codebook", Codebook);
            writer.WriteEndObject();
            writer.WriteString("coder", Coder);
            writer.WriteString("modality", Text("modality"));
            WriteOrNull(writer, "cameo", Text("cameo"));
            if (Text("attributed_text") is { } by)
            {
                writer.WriteStartObject("attributed_to");
                writer.WriteString("entity_text", by);
                WriteOrNull(writer, "identifier_id", Text("attributed_entity_id"));
                writer.WriteEndObject();
            }
            WriteOrNull(writer, "event_date", Text("date"));
            writer.WriteNumber("mentions", Integer("mentions")!.Value);
            writer.WriteEndObject();
        });
    }

    /// <summary>The calendar day of an ISO date or instant (2025-03-17, 2025-03-17T09:00:00+01:00); null for a week, a month or a year.</summary>
    private static string? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", out _) && (value.Length == 10 || value[10] == 'T') ? value[..10] : null;

    private static void Actors(Utf8JsonWriter writer, string name, string side, Func<string, string?> text)
    {
        writer.WriteStartArray(name);
        if (text(side + "_text") is { } words)
        {
            var sector = text(side + "_sector");
            writer.WriteStartObject();
            // PLOVER's non-state international codes: an intergovernmental body without a country is IGO.
            WriteOrNull(writer, "code", text(side + "_country") ?? (sector == "IGO" ? "IGO" : null));
            WriteOrNull(writer, "sector", sector == "IGO" ? null : sector);
            writer.WriteString("entity_text", words);
            WriteOrNull(writer, "identifier_id", text(side + "_entity_id"));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void List(Utf8JsonWriter writer, string name, params IEnumerable<string?> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
            if (value is not null) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    private static void WriteOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }
}
