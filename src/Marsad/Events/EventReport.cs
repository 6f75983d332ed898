using System.Text.Json;
using Marsad.Reporting;

namespace Marsad.Events;

/// <summary>
/// The events section of the readable report: per event, type/mode, modality, source → target, date, place, how many
/// mentions, and the trigger; then each cyber incident with its impacts and responses. Drawn from the article's JSON.
/// </summary>
public static class EventReport
{
    public static ReportSection? Report(JsonElement article)
    {
        if (!article.TryGetProperty("events", out var events) || events.GetArrayLength() == 0) return null;
        var section = new ReportSection("events");
        foreach (var e in events.EnumerateArray())
        {
            var type = e.GetProperty("type").GetString()!;
            var mode = Text(e, "mode");
            var line = new List<ReportSpan>
            {
                new(e.GetProperty("id").GetString()! + " ", ReportStyle.Muted),
                new(mode is null ? type : type + "/" + mode, ReportStyle.Label),
            };
            var modality = e.GetProperty("modality").GetString()!;
            if (modality != "asserted") line.Add(new(" (" + modality + ")", ReportStyle.Warning));
            line.Add(" " + Actor(e, "source") + " → " + Actor(e, "target"));
            if (Text(e, "date") is { } date) line.Add(new(" " + date, ReportStyle.Value));
            if (e.TryGetProperty("location", out var place) && place.ValueKind == JsonValueKind.Object)
                line.Add(new(" @" + place.GetProperty("text").GetString(), ReportStyle.Value));
            if (e.TryGetProperty("attributed_to", out var by) && by.ValueKind == JsonValueKind.Object)
                line.Add(new(" per " + by.GetProperty("text").GetString(), ReportStyle.Muted));
            var mentions = e.GetProperty("mentions").GetArrayLength();
            line.Add(new($" «{e.GetProperty("trigger").GetProperty("text").GetString()}»" + (mentions > 1 ? $" ×{mentions}" : ""), ReportStyle.Muted));
            section.Line([.. line]);
        }
        if (article.TryGetProperty("incidents", out var incidents))
        {
            foreach (var incident in incidents.EnumerateArray())
            {
                var line = new List<ReportSpan>
                {
                    new("incident ", ReportStyle.Label),
                    Actor(incident, "initiator") + " → " + Actor(incident, "victim"),
                };
                if (Text(incident, "date") is { } date) line.Add(new(" " + date, ReportStyle.Value));
                var impacts = incident.GetProperty("impacts").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
                if (impacts.Count > 0) line.Add(new(" impacts: " + string.Join("، ", impacts), ReportStyle.Muted));
                var responses = incident.GetProperty("responses").EnumerateArray().Select(r => r.GetString()).ToList();
                if (responses.Count > 0) line.Add(new(" responses: " + string.Join(", ", responses), ReportStyle.Muted));
                section.Line([.. line]);
            }
        }
        return section;
    }

    private static string Actor(JsonElement e, string name) =>
        e.TryGetProperty(name, out var actor) && actor.ValueKind == JsonValueKind.Object
            ? actor.GetProperty("text").GetString() + (Text(actor, "country") is { } c ? $" [{c}{(Text(actor, "sector") is { } s ? "/" + s : "")}]" : "")
            : "?";

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
