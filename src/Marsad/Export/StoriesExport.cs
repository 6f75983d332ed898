using System.Data.Common;
using Marsad.Storage;
using static Marsad.Export.ExportCells;

namespace Marsad.Export;

/// <summary>
/// One row per article placed in a story: the story thread (id, title, first and last day, size), the event cluster
/// within it (the same), and the article (id, outlet, date, title, the day the story index placed it at). Days are
/// yyyy-MM-dd in the outlet's calendar, as the stories step settled them; null when unknown.
/// </summary>
public sealed class StoriesExport : ITableExport
{
    public string Name => "stories";

    public string Description => "one row per article in a story: story and event cluster ids, titles and dates";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        ExportColumn.Text("story_id"), ExportColumn.Text("story_title"), ExportColumn.Text("story_first_day"), ExportColumn.Text("story_last_day"),
        ExportColumn.Integer("story_size"),
        ExportColumn.Text("cluster_id"), ExportColumn.Text("cluster_title"), ExportColumn.Text("cluster_first_day"), ExportColumn.Text("cluster_last_day"),
        ExportColumn.Integer("cluster_size"),
        ExportColumn.Text("article_id"), ExportColumn.Text("outlet"), ExportColumn.Text("published"), ExportColumn.Text("title"), ExportColumn.Text("day"),
    ];

    public IEnumerable<object?[]> Rows(MarsadStore store, ExportFilter filter)
    {
        using var command = store.Connection.CreateCommand();
        var conditions = filter.Articles.Conditions(command, "a");
        command.CommandText = """
            SELECT g.story_id, s.title, s.first_day, s.last_day, s.size, g.cluster_id, c.title, c.first_day, c.last_day, c.size,
                   g.article_id, a.outlet, a.published, a.title, p.day
            FROM story_assignments g
            JOIN articles a ON a.id = g.article_id
            JOIN stories s ON s.id = g.story_id
            JOIN event_clusters c ON c.id = g.cluster_id
            LEFT JOIN story_articles p ON p.article_id = g.article_id
            """ + Where(conditions) + " ORDER BY g.story_id, c.first_day NULLS FIRST, g.cluster_id, p.day NULLS FIRST, g.article_id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return
            [
                reader.GetString(0), reader.TextOrNull(1), DayAt(reader, 2), DayAt(reader, 3), reader.GetInt64(4),
                reader.GetString(5), reader.TextOrNull(6), DayAt(reader, 7), DayAt(reader, 8), reader.GetInt64(9),
                reader.GetString(10), reader.TextOrNull(11), ExportDates.Format(reader.TextOrNull(12)), reader.TextOrNull(13), DayAt(reader, 14),
            ];
    }
}
