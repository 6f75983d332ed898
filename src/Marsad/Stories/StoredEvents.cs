using Marsad.Storage;

namespace Marsad.Stories;

/// <summary>
/// Reads the events the events step stored for an article (table <c>events</c> of M005: <c>type</c>,
/// <c>source_entity_id</c>, <c>target_entity_id</c>), as signatures <c>type:source:target</c> that story terms compare.
/// The events step is optional: in a store whose pipeline never had it there is no table and no signatures.
/// </summary>
/// <summary>One coded event of an article: its type, trigger, and the entities (ids and words) of its source and target.</summary>
public sealed record EventActors(string Type, Documents.TextSpan Trigger, string? SourceId, string? SourceText, string? TargetId, string? TargetText);

internal sealed class StoredEvents
{
    private readonly string? _sql;

    private StoredEvents(string? sql) => _sql = sql;

    public static StoredEvents Open(MarsadStore store)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('events')";
        var columns = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) columns.Add(reader.GetString(0));
        return new StoredEvents(columns.Count == 0 ? null : "SELECT type, source_entity_id, target_entity_id FROM events WHERE article_id = $id");
    }

    public bool Present => _sql is not null;

    /// <summary>The article's events with who did them (source) and to whom (target), for comparing outlets' actors.</summary>
    public IReadOnlyList<EventActors> Actors(MarsadStore store, string articleId)
    {
        if (_sql is null) return [];
        using var command = store.Connection.CreateCommand();
        command.CommandText = """
            SELECT type, trigger_start, trigger_end, source_entity_id, source_text, target_entity_id, target_text
            FROM events WHERE article_id = $id ORDER BY trigger_start
            """;
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        var list = new List<EventActors>();
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        while (reader.Read())
            list.Add(new EventActors(reader.GetString(0), new Documents.TextSpan(reader.GetInt32(1), reader.GetInt32(2)), Text(3), Text(4), Text(5), Text(6)));
        return list;
    }

    public IReadOnlyList<string> Signatures(string articleId, StoreTransaction transaction)
    {
        if (_sql is null) return [];
        using var command = transaction.Command(_sql);
        return Read(command, articleId);
    }

    public IReadOnlyList<string> Signatures(MarsadStore store, string articleId)
    {
        if (_sql is null) return [];
        using var command = store.Connection.CreateCommand();
        command.CommandText = _sql;
        return Read(command, articleId);
    }

    private static IReadOnlyList<string> Read(System.Data.Common.DbCommand command, string articleId)
    {
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        var signatures = new SortedSet<string>(StringComparer.Ordinal);
        while (reader.Read())
            signatures.Add($"{reader.GetValue(0)}:{(reader.IsDBNull(1) ? "" : reader.GetValue(1))}:{(reader.IsDBNull(2) ? "" : reader.GetValue(2))}");
        return [.. signatures];
    }

}
