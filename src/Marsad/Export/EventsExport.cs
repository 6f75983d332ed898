using System.Data.Common;
using Marsad.Events;
using Marsad.Storage;
using Microsoft.Data.Sqlite;
using static Marsad.Export.ExportCells;

namespace Marsad.Export;

/// <summary>
/// One row per stored event (its mentions merged, as <c>marsad events</c> lists them): the article (id, outlet, date),
/// the PLOVER coding (type, mode, CAMEO code, contexts comma-separated or null, modality, who it is attributed to), the source
/// and target actors (entity id, words, span, ISO alpha-3 country, sector), place, date, the first mention's trigger and
/// the sentence it stands in with its span — every span half-open into the article's original text. Filters: type,
/// modality, actor, target (those of <c>marsad events</c>); dates filter by the article's publication, like every export.
/// </summary>
public sealed class EventsExport : ITableExport
{
    public string Name => "events";

    public string Description => "one row per event: PLOVER type, mode, modality, actors, date, trigger and sentence";

    public IReadOnlyList<string> Filters { get; } = ["type", "modality", "actor", "target"];

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        ExportColumn.Text("article_id"), ExportColumn.Text("outlet"), ExportColumn.Text("published"), ExportColumn.Text("event_id"),
        ExportColumn.Text("type"), ExportColumn.Text("mode"), ExportColumn.Text("cameo"), ExportColumn.Text("contexts"), ExportColumn.Text("modality"),
        ExportColumn.Text("attributed_entity_id"), ExportColumn.Text("attributed_text"),
        .. Actor("source"), .. Actor("target"),
        ExportColumn.Text("location_entity_id"), ExportColumn.Text("location_text"), ExportColumn.Text("date"),
        ExportColumn.Text("trigger"), ExportColumn.Integer("trigger_start"), ExportColumn.Integer("trigger_end"), ExportColumn.Integer("mentions"),
        ExportColumn.Text("sentence"), ExportColumn.Integer("sentence_start"), ExportColumn.Integer("sentence_end"),
    ];

    private static ExportColumn[] Actor(string side) =>
    [
        ExportColumn.Text(side + "_entity_id"), ExportColumn.Text(side + "_text"), ExportColumn.Integer(side + "_start"), ExportColumn.Integer(side + "_end"),
        ExportColumn.Text(side + "_country"), ExportColumn.Text(side + "_sector"),
    ];

    public IEnumerable<object?[]> Rows(MarsadStore store, ExportFilter filter)
    {
        using var command = store.Connection.CreateCommand();
        var conditions = new List<string>(filter.Articles.Conditions(command, "a"));
        if (filter.Type is { } type)
        {
            conditions.Add("e.type = $type");
            command.Parameters.AddWithValue("$type", type.ToString());
        }
        if (filter.Modality is { } modality)
        {
            conditions.Add("e.modality = $modality");
            command.Parameters.AddWithValue("$modality", modality.Name());
        }
        ActorCondition("source", filter.Actor, store, conditions, command);
        ActorCondition("target", filter.Target, store, conditions, command);
        // In article order, so each article's text is read once to cut its sentences.
        command.CommandText = """
            SELECT e.article_id, a.outlet, a.published, e.id, e.type, e.mode, e.cameo, e.contexts, e.modality, e.attributed_entity_id, e.attributed_text,
                   e.source_entity_id, e.source_text, e.source_start, e.source_end, e.source_country, e.source_sector,
                   e.target_entity_id, e.target_text, e.target_start, e.target_end, e.target_country, e.target_sector,
                   e.location_entity_id, e.location_text, e.date, e.trigger_text, e.trigger_start, e.trigger_end, e.mention_count,
                   e.sentence_start, e.sentence_end
            FROM events e JOIN articles a ON a.id = e.article_id
            """ + Where(conditions) + " ORDER BY e.article_id, e.trigger_start, e.id";
        using var texts = new ArticleTexts(store);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var articleId = reader.GetString(0);
            var (sentence, sentenceStart, sentenceEnd) = texts.Sentence(articleId, reader.GetInt32(30), reader.GetInt32(31));
            yield return
            [
                articleId, reader.TextOrNull(1), ExportDates.Format(reader.TextOrNull(2)), reader.GetString(3),
                reader.GetString(4), reader.TextOrNull(5), reader.TextOrNull(6), reader.GetString(7) is { Length: > 0 } contexts ? contexts : null, reader.GetString(8),
                reader.TextOrNull(9), reader.TextOrNull(10),
                reader.TextOrNull(11), reader.TextOrNull(12), IntegerAt(reader, 13), IntegerAt(reader, 14), reader.TextOrNull(15), reader.TextOrNull(16),
                reader.TextOrNull(17), reader.TextOrNull(18), IntegerAt(reader, 19), IntegerAt(reader, 20), reader.TextOrNull(21), reader.TextOrNull(22),
                reader.TextOrNull(23), reader.TextOrNull(24), reader.TextOrNull(25),
                reader.GetString(26), reader.GetInt64(27), reader.GetInt64(28), reader.GetInt64(29),
                sentence, sentenceStart, sentenceEnd,
            ];
        }
    }

    private static void ActorCondition(string side, ActorFilter? actor, MarsadStore store, List<string> conditions, DbCommand command)
    {
        if (actor is null) return;
        var parts = new List<string> { $"e.{side}_country = upper(${side}_country)" };
        command.Parameters.AddWithValue($"${side}_country", actor.Text);
        var ids = actor.EntityIds(store);
        for (var i = 0; i < ids.Count; i++)
        {
            parts.Add($"e.{side}_entity_id = ${side}{i}");
            command.Parameters.AddWithValue($"${side}{i}", ids[i]);
        }
        conditions.Add("(" + string.Join(" OR ", parts) + ")");
    }
}
