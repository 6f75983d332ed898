using Marsad.Storage;

namespace Marsad.Stories.Comparison;

/// <summary>
/// The speakers the quotes step stored for an article (table <c>quotes</c>: <c>article_id</c> and the speaker's entity
/// id). The quotes step is optional: without its table nobody is quoted. The speaker column is found by name once (the
/// first column naming both a speaker and an entity or id), so this reader follows the quotes schema.
/// </summary>
internal sealed class StoredQuotes
{
    private readonly string? _sql;

    private StoredQuotes(string? sql) => _sql = sql;

    public static StoredQuotes Open(MarsadStore store)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('quotes')";
        var columns = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) columns.Add(reader.GetString(0));
        var speaker = columns.FirstOrDefault(c => c.Contains("speaker", StringComparison.OrdinalIgnoreCase)
            && (c.Contains("entity", StringComparison.OrdinalIgnoreCase) || c.EndsWith("id", StringComparison.OrdinalIgnoreCase)));
        return new StoredQuotes(columns.Contains("article_id") && speaker is not null
            ? $"SELECT DISTINCT \"{speaker}\" FROM quotes WHERE article_id = $id AND \"{speaker}\" IS NOT NULL ORDER BY 1"
            : null);
    }

    public IReadOnlyList<string> Speakers(MarsadStore store, string articleId)
    {
        if (_sql is null) return [];
        using var command = store.Connection.CreateCommand();
        command.CommandText = _sql;
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        var speakers = new List<string>();
        while (reader.Read()) speakers.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return speakers;
    }
}
