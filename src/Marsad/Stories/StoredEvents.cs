using Marsad.Storage;

namespace Marsad.Stories;

/// <summary>
/// Reads the events the events step stored for an article (table <c>events</c>: <c>article_id</c>, <c>type</c>, the
/// source and target entity ids), as signatures <c>type:source:target</c> that story terms compare. The events step is
/// optional: without its table there are no signatures. Its column names for the two actors are found once by name
/// (the first column naming a source, the first naming a target), so this reader follows the events schema.
/// </summary>
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
        if (!columns.Contains("article_id") || !columns.Contains("type")) return new StoredEvents(null);
        var source = columns.FirstOrDefault(c => c.Contains("source", StringComparison.OrdinalIgnoreCase));
        var target = columns.FirstOrDefault(c => c.Contains("target", StringComparison.OrdinalIgnoreCase));
        return new StoredEvents($"SELECT type, {Column(source)}, {Column(target)} FROM events WHERE article_id = $id");
    }

    public bool Present => _sql is not null;

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

    private static IReadOnlyList<string> Read(Microsoft.Data.Sqlite.SqliteCommand command, string articleId)
    {
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        var signatures = new SortedSet<string>(StringComparer.Ordinal);
        while (reader.Read())
            signatures.Add($"{reader.GetValue(0)}:{(reader.IsDBNull(1) ? "" : reader.GetValue(1))}:{(reader.IsDBNull(2) ? "" : reader.GetValue(2))}");
        return [.. signatures];
    }

    private static string Column(string? name) => name is null ? "NULL" : $"\"{name}\"";
}
