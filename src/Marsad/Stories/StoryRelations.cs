using System.Globalization;
using System.Text.Json;
using Marsad.Reporting;

namespace Marsad.Stories;

/// <summary>
/// The article fields of the stories step in <c>marsad analyze --json</c>: <c>duplicate_of</c> (article id | null),
/// <c>near_duplicates</c> ([{"id", "score"}], score = shingle containment), <c>event_cluster</c> and <c>story</c> (id | null),
/// and the report section drawn from them.
/// </summary>
public static class StoryRelations
{
    public static void Write(ArticleRelations? relations, Utf8JsonWriter writer)
    {
        WriteNullable(writer, "duplicate_of", relations?.DuplicateOf);
        writer.WriteStartArray("near_duplicates");
        foreach (var near in relations?.NearDuplicates ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("id", near.Id);
            writer.WriteNumber("score", near.Containment);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteNullable(writer, "event_cluster", relations?.EventCluster);
        WriteNullable(writer, "story", relations?.Story);
    }

    public static ReportSection? Report(JsonElement article)
    {
        var section = new ReportSection("story");
        if (article.TryGetProperty("duplicate_of", out var copy) && copy.ValueKind == JsonValueKind.String)
            section.Line(new ReportSpan("exact copy of ", ReportStyle.Label), new ReportSpan(copy.GetString()!, ReportStyle.Value));
        if (article.TryGetProperty("near_duplicates", out var near))
            foreach (var item in near.EnumerateArray())
                section.Line(new ReportSpan("near duplicate ", ReportStyle.Label), new ReportSpan(item.GetProperty("id").GetString()!, ReportStyle.Value),
                    new ReportSpan($" (containment {item.GetProperty("score").GetDouble().ToString("0.00", CultureInfo.InvariantCulture)})", ReportStyle.Muted));
        foreach (var (name, label) in new[] { ("event_cluster", "event cluster "), ("story", "story ") })
            if (article.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.String)
                section.Line(new ReportSpan(label, ReportStyle.Label), new ReportSpan(id.GetString()!, ReportStyle.Value));
        return section.Lines.Count == 0 ? null : section;
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }
}
