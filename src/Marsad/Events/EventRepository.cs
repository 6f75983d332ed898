using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Events.Incidents;
using Marsad.Storage;
using System.Data.Common;

namespace Marsad.Events;

/// <summary>
/// Events in the store (tables of migration M005). Saving an article replaces what an earlier analysis of it saved, its
/// incidents included (through <see cref="IncidentRepository"/>, in the same transaction). Uses the store's single
/// connection: same threading rule as <see cref="MarsadStore"/>.
/// </summary>
public sealed class EventRepository(MarsadStore store)
{
    public void Save(Article article, IReadOnlyList<Event> events, IReadOnlyList<CyberIncident> incidents, StoreTransaction transaction)
    {
        transaction.Queue(CountEventsByDay("-"), ("$article", article.Id));
        transaction.Queue("DELETE FROM events WHERE article_id = $article", ("$article", article.Id));
        // Only this article's incidents can be orphaned by its save: the ones no other article reports are deleted (with
        // their links, by cascade) and upserted again below if the new analysis still finds them. Looking for orphans
        // across the whole incidents table made every save slower as the store grew.
        const string insert = """
            INSERT INTO events (article_id, id, type, mode, cameo, contexts, modality, attributed_entity_id, attributed_text,
                source_entity_id, source_text, source_start, source_end, source_country, source_sector,
                target_entity_id, target_text, target_start, target_end, target_country, target_sector,
                location_entity_id, location_text, date, trigger_text, trigger_start, trigger_end, sentence_start, sentence_end,
                mention_count, mentions_json, published_key)
            VALUES ($article, $id, $type, $mode, $cameo, $contexts, $modality, $by_id, $by_text,
                $s_id, $s_text, $s_start, $s_end, $s_country, $s_sector, $t_id, $t_text, $t_start, $t_end, $t_country, $t_sector,
                $l_id, $l_text, $date, $trigger, $trigger_start, $trigger_end, $sentence_start, $sentence_end, $mention_count, $mentions,
                coalesce((SELECT published_utc FROM articles WHERE id = $article), ''))
            """;
        foreach (var e in events)
        {
            transaction.Queue(insert, ("$article", article.Id), ("$id", e.Id), ("$type", e.Type.ToString()), ("$mode", e.Mode), ("$cameo", e.Cameo),
                ("$contexts", string.Join(",", e.Contexts)), ("$modality", e.Modality.Name()),
                ("$by_id", e.AttributedTo?.EntityId), ("$by_text", e.AttributedTo?.Text),
                ("$s_id", e.Source?.EntityId), ("$s_text", e.Source?.Text), ("$s_start", e.Source?.Span.Start), ("$s_end", e.Source?.Span.End),
                ("$s_country", e.Source?.Country), ("$s_sector", e.Source?.Sector),
                ("$t_id", e.Target?.EntityId), ("$t_text", e.Target?.Text), ("$t_start", e.Target?.Span.Start), ("$t_end", e.Target?.Span.End),
                ("$t_country", e.Target?.Country), ("$t_sector", e.Target?.Sector),
                ("$l_id", e.Location?.EntityId), ("$l_text", e.Location?.Text), ("$date", e.Date),
                ("$trigger", e.First.TriggerText), ("$trigger_start", e.First.Trigger.Start), ("$trigger_end", e.First.Trigger.End),
                ("$sentence_start", e.First.Sentence.Start), ("$sentence_end", e.First.Sentence.End),
                ("$mention_count", e.Mentions.Count), ("$mentions", MentionsJson(e.Mentions)));
        }
        transaction.Queue(CountEventsByDay("+"), ("$article", article.Id));

        new IncidentRepository(store).Save(article, incidents, transaction);
    }

    /// <summary>
    /// The day an event is counted on: its own date when it names a day, else its article's publication day (null when
    /// neither is known). Articles are never rewritten once stored, so an event's day stays what it was when counted.
    /// </summary>
    internal const string EventDay = "coalesce(CASE WHEN length(e.date) >= 10 THEN substr(e.date, 1, 10) END, substr(a.published_utc, 1, 10))";

    /// <summary>
    /// Adds (<paramref name="sign"/> "+") or takes away ("-") the stored events of one article to the per-day per-type
    /// counts of <c>event_type_days</c> (M012): run before its old events are deleted and after its new ones are saved.
    /// Rows that fall to zero stay (at most one per day and type); readers skip them.
    /// </summary>
    private static string CountEventsByDay(string sign) => $"""
        INSERT INTO event_type_days (day, type, events)
        SELECT {EventDay} AS day, e.type, {sign}count(*) FROM events e JOIN articles a ON a.id = e.article_id
        WHERE e.article_id = $article AND {EventDay} IS NOT NULL
        GROUP BY day, e.type ORDER BY day, e.type
        ON CONFLICT (day, type) DO UPDATE SET events = event_type_days.events + excluded.events
        """;

    public IReadOnlyList<StoredEvent> List(EventQuery query)
    {
        using var command = store.Connection.CreateCommand();
        var where = Filter(query, command);
        // The page is cut from the events' own sort key (M015's indexes hold it whole) and the article texts read for the
        // page only: sorting every event with its article's date, let alone its text, read the corpus for each page.
        // The articles are joined for the page only when a filter asks about them (the outlet).
        command.CommandText = $"""
            WITH page AS (
                SELECT e.article_id, e.id, e.published_key, e.trigger_start
                FROM events e {(query.Outlet is null ? "" : "JOIN articles a ON a.id = e.article_id")}
                {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
                ORDER BY e.published_key DESC, e.article_id, e.trigger_start, e.id
                LIMIT $limit)
            SELECT e.article_id, a.outlet, a.published, e.id, e.type, e.mode, e.cameo, e.contexts, e.modality, e.attributed_entity_id, e.attributed_text,
                   e.source_entity_id, e.source_text, e.source_start, e.source_end, e.source_country, e.source_sector,
                   e.target_entity_id, e.target_text, e.target_start, e.target_end, e.target_country, e.target_sector,
                   e.location_entity_id, e.location_text, e.date, e.mentions_json, a.text
            FROM page JOIN events e ON e.article_id = page.article_id AND e.id = page.id JOIN articles a ON a.id = e.article_id
            ORDER BY page.published_key DESC, page.article_id, page.trigger_start, page.id
            """;
        command.Parameters.AddWithValue("$limit", query.Limit);
        using var reader = command.ExecuteReader();
        var events = new List<StoredEvent>();
        while (reader.Read())
        {
            var mentions = ReadMentions(reader.GetString(26));
            var e = new Event(reader.GetString(3), Enum.Parse<PloverType>(reader.GetString(4)), reader.TextOrNull(5), reader.TextOrNull(6),
                reader.GetString(7).Split(',', StringSplitOptions.RemoveEmptyEntries), Enum.Parse<EventModality>(reader.GetString(8), ignoreCase: true),
                reader.IsDBNull(10) ? null : new EventAttribution(reader.TextOrNull(9), reader.GetString(10)),
                ReadActor(reader, 11), ReadActor(reader, 17),
                reader.IsDBNull(24) ? null : new EventLocation(reader.TextOrNull(23), reader.GetString(24)),
                reader.TextOrNull(25), mentions);
            var text = reader.GetString(27);
            var sentence = e.First.Sentence;
            var sentenceText = sentence.End <= text.Length && sentence.Start >= 0 ? sentence.Slice(text) : "";
            events.Add(new StoredEvent(reader.GetString(0), reader.TextOrNull(1), reader.TimeOrNull(2), e, sentenceText));
        }
        return events;
    }

    /// <summary>The article's publication day from the event's own copy of its date (M015); null when unknown.</summary>
    private const string PublishedDay = "substr(nullif(e.published_key, ''), 1, 10)";

    /// <summary>
    /// The WHERE conditions of a query's filters (and cursor), their parameters added to <paramref name="command"/>. Only
    /// the outlet asks about the article (<c>a</c>); every other condition reads the event row alone.
    /// </summary>
    private List<string> Filter(EventQuery query, DbCommand command)
    {
        var where = new List<string>();
        if (query.Type is { } type)
        {
            where.Add("e.type = $type");
            command.Parameters.AddWithValue("$type", type.ToString());
        }
        AddActorFilter("source", query.ActorIds, query.ActorText, "$actor", where, command);
        AddActorFilter("target", query.TargetIds, query.TargetText, "$target", where, command);
        if (query.Modality is { } modality)
        {
            where.Add("e.modality = $modality");
            command.Parameters.AddWithValue("$modality", modality.Name());
        }
        if (query.Outlet is { } outlet)
        {
            where.Add("a.outlet = $outlet COLLATE NOCASE");
            command.Parameters.AddWithValue("$outlet", outlet);
        }
        if (query.ArticleId is { } articleId)
        {
            where.Add("e.article_id = $article_id");
            command.Parameters.AddWithValue("$article_id", articleId);
        }
        if (query.From is { } from)
        {
            where.Add($"coalesce(e.date, {PublishedDay}) >= $from");
            command.Parameters.AddWithValue("$from", from);
        }
        if (query.To is { } to)
        {
            // A month or day of the event date starts with the bound's prefix: <= the bound followed by the highest char.
            where.Add($"coalesce(e.date, {PublishedDay}) <= $to || '~'");
            command.Parameters.AddWithValue("$to", to);
        }
        if (query.After is { } after)
        {
            // The listed order is (date descending, article, trigger, id): the rows after the cursor's own sort key.
            var (published, trigger) = SortKey(after.ArticleId, after.EventId);
            where.Add("""
                (e.published_key < $after_published
                 OR (e.published_key = $after_published AND (e.article_id, e.trigger_start, e.id) > ($after_article, $after_trigger, $after_id)))
                """);
            StoreTransaction.Set(command, ("$after_published", published), ("$after_article", after.ArticleId), ("$after_trigger", trigger), ("$after_id", after.EventId));
        }
        return where;
    }

    /// <summary>
    /// How many events of each PLOVER type the query's filters keep, per day: the event's own date when it names a day,
    /// else its article's publication day (events with neither are not counted). Ignores the limit and cursor.
    /// </summary>
    public IReadOnlyList<(string Day, PloverType Type, int Count)> CountsByDay(EventQuery query)
    {
        using var command = store.Connection.CreateCommand();
        var where = Filter(query with { After = null }, command);
        // Without filters the counts are the aggregate kept on save (a row per day and type), not a scan of every event.
        command.CommandText = where.Count == 0
            ? "SELECT day, type, events FROM event_type_days WHERE events > 0 ORDER BY day, type"
            : $"""
                SELECT {EventDay} AS day, e.type, count(*) FROM events e JOIN articles a ON a.id = e.article_id
                WHERE {string.Join(" AND ", where)} AND {EventDay} IS NOT NULL
                GROUP BY day, e.type ORDER BY day, e.type
                """;
        var counts = new List<(string, PloverType, int)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (Enum.TryParse<PloverType>(reader.GetString(1), out var type)) counts.Add((reader.GetString(0), type, reader.GetInt32(2)));
        return counts;
    }

    /// <summary>The sort key of a listed event, for keyset paging; <see cref="KeyNotFoundException"/> when no such event is stored.</summary>
    private (string Published, int Trigger) SortKey(string articleId, string eventId)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = """
            SELECT e.published_key, e.trigger_start FROM events e WHERE e.article_id = $article AND e.id = $id
            """;
        StoreTransaction.Set(command, ("$article", articleId), ("$id", eventId));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) throw new KeyNotFoundException($"No stored event {eventId} of article {articleId}.");
        return (reader.GetString(0), reader.GetInt32(1));
    }

    private static void AddActorFilter(string side, IReadOnlyList<string>? ids, string? text, string parameter, List<string> where, DbCommand command)
    {
        var parts = new List<string>();
        if (ids is { Count: > 0 })
        {
            for (var i = 0; i < ids.Count; i++)
            {
                parts.Add($"e.{side}_entity_id = {parameter}{i}");
                command.Parameters.AddWithValue($"{parameter}{i}", ids[i]);
            }
        }
        if (text is not null)
        {
            parts.Add($"e.{side}_text LIKE {parameter}_text ESCAPE '\\' OR e.{side}_country = upper({parameter}_exact)");
            command.Parameters.AddWithValue($"{parameter}_text", "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
            command.Parameters.AddWithValue($"{parameter}_exact", text);
        }
        if (parts.Count > 0) where.Add("(" + string.Join(" OR ", parts) + ")");
    }

    private static EventActor? ReadActor(DbDataReader reader, int at) =>
        reader.IsDBNull(at + 1) ? null
            : new EventActor(reader.TextOrNull(at), reader.GetString(at + 1), new TextSpan(reader.GetInt32(at + 2), reader.GetInt32(at + 3)),
                reader.TextOrNull(at + 4), reader.TextOrNull(at + 5));

    private static string MentionsJson(IReadOnlyList<EventMention> mentions)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var m in mentions)
            {
                w.WriteStartObject();
                w.WriteString("text", m.TriggerText);
                w.WriteNumber("start", m.Trigger.Start);
                w.WriteNumber("end", m.Trigger.End);
                w.WriteNumber("sentence_start", m.Sentence.Start);
                w.WriteNumber("sentence_end", m.Sentence.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static IReadOnlyList<EventMention> ReadMentions(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(m => new EventMention(m.GetProperty("text").GetString()!,
            new TextSpan(m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32()),
            new TextSpan(m.GetProperty("sentence_start").GetInt32(), m.GetProperty("sentence_end").GetInt32()))).ToArray();
    }
}
