using System.Data.Common;

namespace Marsad.Search;

/// <summary>
/// The tables of later steps that search filters on, when they exist in this store: <c>events(article_id, type)</c>
/// for <c>--type</c>, and a table with <c>article_id</c> and <c>story_id</c> for <c>--story</c>. Found by their
/// columns, so search works before, and after, those steps land; a filter whose table is absent is refused.
/// </summary>
public sealed record RelatedTables(string? Events, string? Stories)
{
    public static RelatedTables Find(DbConnection connection)
    {
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        string? events = null, stories = null;
        foreach (var table in tables)
        {
            var columns = Columns(connection, table);
            if (!columns.Contains("article_id")) continue;
            if (events is null && table == "events" && columns.Contains("type")) events = table;
            if (stories is null && columns.Contains("story_id")) stories = table;
        }
        return new RelatedTables(events, stories);
    }

    private static HashSet<string> Columns(DbConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table.Replace("'", "''")}')";
        using var reader = command.ExecuteReader();
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read()) columns.Add(reader.GetString(0));
        return columns;
    }
}
