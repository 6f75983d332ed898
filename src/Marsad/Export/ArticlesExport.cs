using System.Data.Common;
using System.Globalization;
using Marsad.Reporting;
using Marsad.Storage;

namespace Marsad.Export;

/// <summary>One row per stored article: its fields and its full text.</summary>
public sealed class ArticlesExport : ITableExport
{
    public string Name => "articles";

    public string Description => "one row per stored article, with its text";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        ExportColumn.Text("article_id"), ExportColumn.Text("source_id"), ExportColumn.Text("outlet"), ExportColumn.Text("published"),
        ExportColumn.Text("title"), ExportColumn.Text("url"), ExportColumn.Text("source_path"), ExportColumn.Text("text"),
    ];

    public IEnumerable<object?[]> Rows(MarsadStore store, ExportFilter filter)
    {
        using var command = store.Connection.CreateCommand();
        var conditions = filter.Articles.Conditions(command, "a");
        command.CommandText = "SELECT a.id, a.source_id, a.outlet, a.published, a.title, a.url, a.source_path, a.text FROM articles a"
            + (conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions)) + " ORDER BY a.rowid";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return
            [
                reader.GetString(0), reader.TextOrNull(1), reader.TextOrNull(2), ExportDates.Format(reader.TextOrNull(3)),
                reader.TextOrNull(4), reader.TextOrNull(5), reader.TextOrNull(6), reader.GetString(7),
            ];
    }

}

/// <summary>Dates in exports as the JSON contract writes them (a bare day, or an instant with its offset).</summary>
internal static class ExportDates
{
    public static string? Format(string? stored) =>
        stored is null ? null : ArticleJsonWriter.FormatDate(DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture));
}
