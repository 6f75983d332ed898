using Marsad.Storage;
using System.Data.Common;

namespace Marsad.Export;

/// <summary>
/// One row per entity mention: the article (id, outlet, date), the entity (id, type, names), the mention's text and
/// span and the sentence it stands in with its span, both half-open into the article's original text.
/// </summary>
public sealed class EntitiesExport : ITableExport
{
    public string Name => "entities";

    public string Description => "one row per entity mention, with its sentence and spans";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        ExportColumn.Text("article_id"), ExportColumn.Text("outlet"), ExportColumn.Text("published"),
        ExportColumn.Text("entity_id"), ExportColumn.Text("entity_type"), ExportColumn.Text("name_ar"), ExportColumn.Text("name_en"),
        ExportColumn.Text("text"), ExportColumn.Integer("start"), ExportColumn.Integer("end"),
        ExportColumn.Text("kind"), ExportColumn.Text("rule"), ExportColumn.Number("confidence"), ExportColumn.Boolean("loaded"),
        ExportColumn.Text("sentence"), ExportColumn.Integer("sentence_start"), ExportColumn.Integer("sentence_end"),
    ];

    public IEnumerable<object?[]> Rows(MarsadStore store, ExportFilter filter)
    {
        using var command = store.Connection.CreateCommand();
        var conditions = filter.Articles.Conditions(command, "a");
        // In article order, so each article's text is read once to cut its sentences (kept only while its rows stream).
        command.CommandText = """
            SELECT m.article_id, a.outlet, a.published, m.entity_id, e.type, e.name_ar, e.name_en, m.text, m.span_start, m.span_end,
                   m.kind, m.rule, m.confidence, m.loaded, m.sentence_start, m.sentence_end
            FROM entity_mentions m JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id
            """ + (conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions)) + " ORDER BY m.article_id, m.span_start, m.span_end, m.entity_id";
        using var texts = new ArticleTexts(store);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var articleId = reader.GetString(0);
            var (sentence, sentenceStart, sentenceEnd) = texts.Sentence(articleId, reader.GetInt32(14), reader.GetInt32(15));
            yield return
            [
                articleId, reader.TextOrNull(1), ExportDates.Format(reader.TextOrNull(2)),
                reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.TextOrNull(6),
                reader.GetString(7), reader.GetInt64(8), reader.GetInt64(9),
                reader.GetString(10), reader.GetString(11), Math.Round(reader.GetDouble(12), 3), reader.GetInt32(13) == 1,
                sentence, sentenceStart, sentenceEnd,
            ];
        }
    }

}
