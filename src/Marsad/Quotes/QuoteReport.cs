using System.Text.Json;
using Marsad.Reporting;

namespace Marsad.Quotes;

/// <summary>The quotes section of the readable report: who said what, with the cue and whether it is direct.</summary>
public static class QuoteReport
{
    public static ReportSection? Report(JsonElement article)
    {
        if (!article.TryGetProperty("quotes", out var quotes) || quotes.ValueKind != JsonValueKind.Array || quotes.GetArrayLength() == 0) return null;
        var section = new ReportSection("quotes");
        foreach (var quote in quotes.EnumerateArray())
        {
            var speaker = quote.GetProperty("speaker");
            var who = speaker.ValueKind == JsonValueKind.Object ? speaker.GetProperty("text").GetString()! : "?";
            var id = speaker.ValueKind == JsonValueKind.Object && speaker.GetProperty("entity_id").ValueKind == JsonValueKind.String
                ? speaker.GetProperty("entity_id").GetString()!
                : "unnamed";
            var cue = quote.GetProperty("cue");
            var kind = quote.GetProperty("kind").GetString()!;
            var text = quote.GetProperty("text").GetString()!;
            section.Line(
                new ReportSpan(who, ReportStyle.Label),
                new ReportSpan($" ({id}", ReportStyle.Muted),
                new ReportSpan(cue.ValueKind == JsonValueKind.Object ? $", {cue.GetProperty("text").GetString()}" : "", ReportStyle.Muted),
                new ReportSpan($", {kind}) ", ReportStyle.Muted),
                kind == "direct" ? $"«{text}»" : text);
        }
        return section;
    }
}
