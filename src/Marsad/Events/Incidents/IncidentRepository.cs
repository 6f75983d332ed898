using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Storage;

namespace Marsad.Events.Incidents;

/// <summary>
/// Cyber incidents in the store (tables of migration M005): one row per incident across articles, keyed by its
/// cross-article key, and a link per article that reports it. An incident row stays while some article reports it.
/// Saved by <see cref="EventRepository.Save"/> in the article's transaction; same threading rule as <see cref="MarsadStore"/>.
/// </summary>
public sealed class IncidentRepository(MarsadStore store)
{
    /// <summary>The store id of an incident: "inc:" and 12 hex digits of the SHA-256 of its cross-article key.</summary>
    public static string IncidentId(string key) => "inc:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];

    /// <summary>Replaces the incidents an earlier analysis of <paramref name="article"/> linked to it.</summary>
    public void Save(Article article, IReadOnlyList<CyberIncident> incidents, StoreTransaction transaction)
    {
        // Only this article's incidents can be orphaned by its save: the ones no other article reports are deleted (with
        // their links, by cascade) and upserted again below if the new analysis still finds them. Looking for orphans
        // across the whole incidents table made every save slower as the store grew.
        transaction.Queue("""
            DELETE FROM incidents WHERE id IN (SELECT incident_id FROM incident_articles WHERE article_id = $article)
                AND NOT EXISTS (SELECT 1 FROM incident_articles other WHERE other.incident_id = incidents.id AND other.article_id <> $article)
            """, ("$article", article.Id));
        transaction.Queue("DELETE FROM incident_articles WHERE article_id = $article", ("$article", article.Id));
        const string upsert = """
            INSERT INTO incidents (id, victim_entity_id, victim_text, victim_country, initiator_entity_id, initiator_text, initiator_country, date)
            VALUES ($id, $v_id, $v_text, $v_country, $i_id, $i_text, $i_country, $date)
            ON CONFLICT (id) DO UPDATE SET
                victim_entity_id = coalesce(incidents.victim_entity_id, excluded.victim_entity_id),
                initiator_entity_id = coalesce(incidents.initiator_entity_id, excluded.initiator_entity_id),
                date = CASE WHEN length(coalesce(excluded.date, '')) > length(coalesce(incidents.date, '')) THEN excluded.date ELSE incidents.date END
            """;
        const string link = "INSERT INTO incident_articles (incident_id, article_id, local_id, json) VALUES ($incident, $article, $local, $json) ON CONFLICT (incident_id, article_id, local_id) DO UPDATE SET json = excluded.json";
        foreach (var incident in incidents)
        {
            var id = IncidentId(incident.Key);
            transaction.Queue(upsert, ("$id", id), ("$v_id", incident.Victim.EntityId), ("$v_text", incident.Victim.Text), ("$v_country", incident.Victim.Country),
                ("$i_id", incident.Initiator?.EntityId), ("$i_text", incident.Initiator?.Text), ("$i_country", incident.Initiator?.Country), ("$date", incident.Date));
            transaction.Queue(link, ("$incident", id), ("$article", article.Id), ("$local", incident.Id), ("$json", ObjectJson(incident)));
        }
    }

    /// <summary>Incidents across articles, the most reported first, each with every article that reports it.</summary>
    public IReadOnlyList<StoredIncident> List(int limit = 50)
    {
        var ids = new List<string>();
        using (var command = store.Connection.CreateCommand())
        {
            command.CommandText = """
                SELECT i.id FROM incidents i JOIN incident_articles ia ON ia.incident_id = i.id
                GROUP BY i.id ORDER BY count(DISTINCT ia.article_id) DESC, max(i.date) DESC NULLS LAST, i.id LIMIT $limit
                """;
            command.Parameters.AddWithValue("$limit", limit);
            using var reader = command.ExecuteReader();
            while (reader.Read()) ids.Add(reader.GetString(0));
        }
        var incidents = new List<StoredIncident>();
        foreach (var id in ids)
        {
            using var command = store.Connection.CreateCommand();
            command.CommandText = """
                SELECT ia.article_id, a.outlet, a.published, ia.json FROM incident_articles ia JOIN articles a ON a.id = ia.article_id
                WHERE ia.incident_id = $id ORDER BY a.published_utc NULLS FIRST, ia.article_id, ia.local_id
                """;
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            var articles = new List<(string, string?, DateTimeOffset?)>();
            string? json = null;
            while (reader.Read())
            {
                if (!articles.Any(a => a.Item1 == reader.GetString(0))) articles.Add((reader.GetString(0), reader.TextOrNull(1), reader.TimeOrNull(2)));
                json ??= reader.GetString(3);
            }
            if (json is not null) incidents.Add(new StoredIncident(id, json, articles));
        }
        return incidents;
    }

    private static string ObjectJson(CyberIncident incident)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            IncidentJson.WriteIncident(incident, w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
