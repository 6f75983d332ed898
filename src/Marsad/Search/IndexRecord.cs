using System.Globalization;
using System.Data.Common;

namespace Marsad.Search;

/// <summary>One article as the index is made from it: the article row, the date the analysis settled on, and the ids
/// of its entities, event types and story thread from the steps' tables (<c>entity_mentions</c>, <c>events</c>,
/// <c>story_assignments</c>).</summary>
internal sealed record IndexRecord(
    string Id, string? Outlet, string? Title, string Text, DateTimeOffset? Published,
    IReadOnlyList<string> Entities, IReadOnlyList<string> EventTypes, IReadOnlyList<string> Stories)
{
    private const int Chunk = 1000;

    /// <summary>Every article in storage order (<paramref name="ids"/> null), or the articles named, in chunks.</summary>
    public static IEnumerable<IReadOnlyList<IndexRecord>> Read(DbConnection connection, IReadOnlyList<string>? ids = null)
    {
        if (ids is not null)
        {
            for (var i = 0; i < ids.Count; i += Chunk)
                yield return ReadChunk(connection, ids.Skip(i).Take(Chunk).ToList());
            yield break;
        }
        long after = 0;
        while (true)
        {
            var chunk = new List<string>(Chunk);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT rowid, id FROM articles WHERE rowid > $after ORDER BY rowid LIMIT $n";
                command.Parameters.AddWithValue("$after", after);
                command.Parameters.AddWithValue("$n", Chunk);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    after = reader.GetInt64(0);
                    chunk.Add(reader.GetString(1));
                }
            }
            if (chunk.Count == 0) yield break;
            yield return ReadChunk(connection, chunk);
        }
    }

    private static List<IndexRecord> ReadChunk(DbConnection connection, List<string> ids)
    {
        var idsJson = System.Text.Json.JsonSerializer.Serialize(ids);
        var entities = Lookup(connection, "SELECT DISTINCT article_id, entity_id FROM entity_mentions WHERE article_id IN (SELECT value FROM json_each($ids))", idsJson);
        var events = Lookup(connection, "SELECT DISTINCT article_id, type FROM events WHERE article_id IN (SELECT value FROM json_each($ids))", idsJson);
        var stories = Lookup(connection, "SELECT article_id, story_id FROM story_assignments WHERE article_id IN (SELECT value FROM json_each($ids))", idsJson);

        var records = new List<IndexRecord>(ids.Count);
        using var command = connection.CreateCommand();
        // The date the analysis settled on (the source's, else one estimated from the text) dates undated articles.
        command.CommandText = """
            SELECT a.id, a.outlet, a.title, a.text, COALESCE(a.published, n.published)
            FROM articles a LEFT JOIN analyses n ON n.article_id = a.id
            WHERE a.id IN (SELECT value FROM json_each($ids)) ORDER BY a.rowid
            """;
        command.Parameters.AddWithValue("$ids", idsJson);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetString(0);
            records.Add(new IndexRecord(id,
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                entities.GetValueOrDefault(id) ?? [], events.GetValueOrDefault(id) ?? [], stories.GetValueOrDefault(id) ?? []));
        }
        return records;
    }

    private static Dictionary<string, List<string>> Lookup(DbConnection connection, string sql, string idsJson)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$ids", idsJson);
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (!result.TryGetValue(id, out var list)) result[id] = list = [];
            list.Add(reader.GetString(1));
        }
        return result;
    }
}
