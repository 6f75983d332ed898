using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Marsad.Storage;
using Microsoft.Data.Sqlite;
using static Marsad.Export.ExportCells;

namespace Marsad.Export.Stix;

/// <summary>An article reporting an incident, with the incident object of that article (issue 7's contract).</summary>
public sealed record StixReport(string ArticleId, string? Outlet, DateTimeOffset? Published, string? Url, string? Title, JsonElement Incident);

/// <summary>An event an article ties to the incident as a response (a break of relations, an expulsion, a condemnation).</summary>
public sealed record StixResponse(string ArticleId, string EventId, string Type, string? Mode, string? Cameo, string Modality, StixParty? Source,
    StixParty? Target, string? Date, string Trigger, int TriggerStart, int TriggerEnd);

/// <summary>
/// One stored cyber incident across articles (tables of M005): its victim and initiator as stored, the date, every
/// article reporting it in publication order, and the response events those articles tie to it.
/// </summary>
public sealed record StixIncident(string Id, StixParty Victim, StixParty? Initiator, string? Date, IReadOnlyList<StixReport> Reports,
    IReadOnlyList<StixResponse> Responses)
{
    /// <summary>Incident ids in id order: all, or the one asked for (none when it is not stored).</summary>
    public static IReadOnlyList<string> Ids(MarsadStore store, string? only)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT id FROM incidents" + (only is null ? "" : " WHERE id = $id") + " ORDER BY id";
        if (only is not null) command.Parameters.AddWithValue("$id", only);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    public static StixIncident Read(MarsadStore store, string id)
    {
        using var incident = store.Connection.CreateCommand();
        incident.CommandText = """
            SELECT victim_entity_id, victim_text, victim_country, initiator_entity_id, initiator_text, initiator_country, date
            FROM incidents WHERE id = $id
            """;
        incident.Parameters.AddWithValue("$id", id);
        string? victimId, victimText, victimCountry, initiatorId, initiatorText, initiatorCountry, date;
        using (var reader = incident.ExecuteReader())
        {
            if (!reader.Read()) throw new InvalidOperationException($"Incident {id} vanished while it was exported.");
            (victimId, victimText, victimCountry) = (reader.TextOrNull(0), reader.GetString(1), reader.TextOrNull(2));
            (initiatorId, initiatorText, initiatorCountry, date) = (reader.TextOrNull(3), reader.TextOrNull(4), reader.TextOrNull(5), reader.TextOrNull(6));
        }

        var reports = new List<StixReport>();
        using (var articles = store.Connection.CreateCommand())
        {
            articles.CommandText = """
                SELECT ia.article_id, a.outlet, a.published, a.url, a.title, ia.json FROM incident_articles ia JOIN articles a ON a.id = ia.article_id
                WHERE ia.incident_id = $id ORDER BY a.published_utc NULLS FIRST, ia.article_id, ia.local_id
                """;
            articles.Parameters.AddWithValue("$id", id);
            using var reader = articles.ExecuteReader();
            while (reader.Read())
                reports.Add(new StixReport(reader.GetString(0), reader.TextOrNull(1),
                    reader.TimeOrNull(2), reader.TextOrNull(3), reader.TextOrNull(4),
                    JsonDocument.Parse(reader.GetString(5)).RootElement.Clone()));
        }

        // The sector is kept with each article's incident object, not in the incidents row: the first article's.
        var first = reports.Count > 0 ? reports[0].Incident : default;
        var victim = new StixParty(victimId, victimText!, victimCountry, Sector(first, "victim"));
        var initiator = initiatorText is null ? null : new StixParty(initiatorId, initiatorText, initiatorCountry, Sector(first, "initiator"));
        return new StixIncident(id, victim, initiator, date, reports, ReadResponses(store, reports));
    }

    private static string? Sector(JsonElement incident, string party) =>
        incident.ValueKind == JsonValueKind.Object && incident.TryGetProperty(party, out var actor) ? StixParty.From(actor)?.Sector : null;

    private static List<StixResponse> ReadResponses(MarsadStore store, List<StixReport> reports)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = """
            SELECT type, mode, cameo, modality, source_entity_id, source_text, source_country, source_sector,
                   target_entity_id, target_text, target_country, target_sector, date, trigger_text, trigger_start, trigger_end
            FROM events WHERE article_id = $article AND id = $event
            """;
        var article = command.Parameters.AddWithValue("$article", null);
        var eventId = command.Parameters.AddWithValue("$event", null);
        var responses = new List<StixResponse>();
        foreach (var report in reports)
        {
            if (!report.Incident.TryGetProperty("responses", out var ids)) continue;
            foreach (var id in ids.EnumerateArray().Select(i => i.GetString()!).Distinct())
            {
                (article.Value, eventId.Value) = (report.ArticleId, id);
                using var reader = command.ExecuteReader();
                if (!reader.Read()) continue;
                responses.Add(new StixResponse(report.ArticleId, id, reader.GetString(0), reader.TextOrNull(1), reader.TextOrNull(2), reader.GetString(3),
                    Party(reader, 4), Party(reader, 8), reader.TextOrNull(12), reader.GetString(13), reader.GetInt32(14), reader.GetInt32(15)));
            }
        }
        return responses;
    }

    private static StixParty? Party(DbDataReader reader, int at) =>
        reader.IsDBNull(at + 1) ? null : new StixParty(reader.TextOrNull(at), reader.GetString(at + 1), reader.TextOrNull(at + 2), reader.TextOrNull(at + 3));
}
