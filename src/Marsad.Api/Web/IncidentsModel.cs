using System.Text.Json;
using Marsad.Events;
using Marsad.Events.Incidents;
using Marsad.Storage;
using Marsad.Views;

namespace Marsad.Api.Web;

/// <summary>One cyber incident as the page shows it: the incident object, and its responses resolved to the events they name.</summary>
public sealed record IncidentEntry(StoredIncident Stored, JsonElement Incident, IReadOnlyList<StoredEvent> Responses);

/// <summary>
/// The incidents page: each cyber incident (<see cref="IncidentsView"/>, the object of <c>GET /api/incidents</c>) with
/// its victim, initiator, impacts, attributions and responses. A response is an event id of the article the incident
/// object comes from (its first report), read back from the events table.
/// </summary>
public sealed record IncidentsModel(IReadOnlyList<IncidentEntry> Incidents)
{
    public const int Limit = 200;

    public static IncidentsModel Read(MarsadStore store)
    {
        var view = IncidentsView.Read(store, Limit);
        var events = new EventRepository(store);
        var entries = new List<IncidentEntry>();
        foreach (var stored in view.Incidents)
        {
            using var json = JsonDocument.Parse(stored.IncidentJson);
            var incident = json.RootElement.Clone();
            var ids = incident.TryGetProperty("responses", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().Select(e => e.GetString()).ToHashSet(StringComparer.Ordinal) : [];
            IReadOnlyList<StoredEvent> responses = ids.Count == 0 || stored.Articles.Count == 0 ? []
                : [.. events.List(new EventQuery { ArticleId = stored.Articles[0].ArticleId, Limit = 10_000 }).Where(e => ids.Contains(e.Event.Id))];
            entries.Add(new IncidentEntry(stored, incident, responses));
        }
        return new IncidentsModel(entries);
    }
}
