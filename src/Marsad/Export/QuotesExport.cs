using System.Data.Common;
using Marsad.Storage;
using static Marsad.Export.ExportCells;

namespace Marsad.Export;

/// <summary>
/// One row per stored quote: the article (id, outlet, date), the quoted content (text and span), kind (direct or
/// indirect), the cue (words and span), the speaker (entity id, null for an unnamed source, with the words and span that
/// name it) and the sentence it starts in with its span, all half-open into the article's original text. Filter:
/// speaker (that of <c>marsad quotes</c>).
/// </summary>
public sealed class QuotesExport : ITableExport
{
    public string Name => "quotes";

    public string Description => "one row per quote: kind, cue, speaker, quoted text and sentence";

    public IReadOnlyList<string> Filters { get; } = ["speaker"];

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        ExportColumn.Text("article_id"), ExportColumn.Text("outlet"), ExportColumn.Text("published"), ExportColumn.Text("quote_id"),
        ExportColumn.Text("kind"), ExportColumn.Text("text"), ExportColumn.Integer("start"), ExportColumn.Integer("end"),
        ExportColumn.Text("cue"), ExportColumn.Integer("cue_start"), ExportColumn.Integer("cue_end"),
        ExportColumn.Text("speaker_entity_id"), ExportColumn.Text("speaker_text"), ExportColumn.Integer("speaker_start"), ExportColumn.Integer("speaker_end"),
        ExportColumn.Text("sentence"), ExportColumn.Integer("sentence_start"), ExportColumn.Integer("sentence_end"),
    ];

    public IEnumerable<object?[]> Rows(MarsadStore store, ExportFilter filter)
    {
        using var command = store.Connection.CreateCommand();
        var conditions = new List<string>(filter.Articles.Conditions(command, "a"));
        if (filter.Speaker is { } speaker)
        {
            // As `marsad quotes --speaker`: the entity the name resolves to, or an unnamed source's words.
            var parts = new List<string> { "(q.speaker_entity_id IS NULL AND instr(q.speaker_text, $speaker_text) > 0)" };
            command.Parameters.AddWithValue("$speaker_text", speaker.Text);
            var ids = speaker.EntityIds(store);
            for (var i = 0; i < ids.Count; i++)
            {
                parts.Add($"q.speaker_entity_id = $speaker{i}");
                command.Parameters.AddWithValue($"$speaker{i}", ids[i]);
            }
            conditions.Add("(" + string.Join(" OR ", parts) + ")");
        }
        command.CommandText = """
            SELECT q.article_id, a.outlet, a.published, q.id, q.kind, q.text, q.span_start, q.span_end, q.cue_text, q.cue_start, q.cue_end,
                   q.speaker_entity_id, q.speaker_text, q.speaker_start, q.speaker_end, q.sentence_start, q.sentence_end
            FROM quotes q JOIN articles a ON a.id = q.article_id
            """ + Where(conditions) + " ORDER BY q.article_id, q.span_start, q.id";
        using var texts = new ArticleTexts(store);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var articleId = reader.GetString(0);
            var (sentence, sentenceStart, sentenceEnd) = texts.Sentence(articleId, reader.GetInt32(15), reader.GetInt32(16));
            yield return
            [
                articleId, reader.TextOrNull(1), ExportDates.Format(reader.TextOrNull(2)), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetInt64(6), reader.GetInt64(7),
                reader.TextOrNull(8), IntegerAt(reader, 9), IntegerAt(reader, 10),
                reader.TextOrNull(11), reader.TextOrNull(12), IntegerAt(reader, 13), IntegerAt(reader, 14),
                sentence, sentenceStart, sentenceEnd,
            ];
        }
    }
}
