using System.Text.Json;
using Marsad.Events;
using Marsad.Events.Incidents;
using Marsad.Reporting;
using Marsad.Storage;

namespace Marsad.Views;

/// <summary>
/// Cyber incidents across articles (same victim, initiator and month are one incident), the most reported first: the
/// object of <c>marsad incidents --json</c> and <c>GET /api/incidents</c>, <c>{"incidents": [{"id" (the store's id), …the
/// incident as its first article reports it (victim, initiator, impacts, attributions, responses…), "articles": [{"id",
/// "outlet", "published"}]}]}</c>.
/// </summary>
public sealed class IncidentsView
{
    public const int MaxLimit = 10_000;

    private IncidentsView(IReadOnlyList<StoredIncident> incidents) => Incidents = incidents;

    public IReadOnlyList<StoredIncident> Incidents { get; }

    public static IncidentsView Read(MarsadStore store, int limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        ViewJson.CheckLimit(limit, MaxLimit);
        return new IncidentsView(new IncidentRepository(store).List(limit));
    }

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("incidents");
        foreach (var incident in Incidents)
        {
            using var stored = JsonDocument.Parse(incident.IncidentJson);
            w.WriteStartObject();
            w.WriteString("id", incident.Id);
            foreach (var property in stored.RootElement.EnumerateObject())
            {
                if (property.NameEquals("id")) continue;
                property.WriteTo(w);
            }
            w.WriteStartArray("articles");
            foreach (var (id, outlet, published) in incident.Articles)
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("outlet", outlet);
                ArticleJsonWriter.WriteDate(w, "published", published);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
