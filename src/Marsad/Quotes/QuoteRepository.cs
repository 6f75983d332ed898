using System.Globalization;
using Marsad.Documents;
using Marsad.Storage;
using System.Data.Common;

namespace Marsad.Quotes;

/// <summary>
/// Quotes in the store (table of migration M004). Saving an article's quotes replaces those an earlier analysis saved.
/// Uses the store's single connection: same threading rule as <see cref="MarsadStore"/>.
/// </summary>
public sealed class QuoteRepository(MarsadStore store)
{
    public void Save(string articleId, IReadOnlyList<Quote> quotes, StoreTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        transaction.Queue("DELETE FROM quotes WHERE article_id = $article", ("$article", articleId));
        foreach (var q in quotes)
            transaction.Queue("""
                INSERT INTO quotes (article_id, id, span_start, span_end, text, kind, cue_text, cue_start, cue_end,
                                    speaker_entity_id, speaker_text, speaker_start, speaker_end, sentence_start, sentence_end)
                VALUES ($article, $id, $start, $end, $text, $kind, $cue_text, $cue_start, $cue_end,
                        $speaker_id, $speaker_text, $speaker_start, $speaker_end, $sentence_start, $sentence_end)
                """, ("$article", articleId), ("$id", q.Id), ("$start", q.Span.Start), ("$end", q.Span.End), ("$text", q.Text),
                ("$kind", QuoteJson.KindName(q.Kind)), ("$cue_text", q.Cue?.Text), ("$cue_start", q.Cue?.Span.Start), ("$cue_end", q.Cue?.Span.End),
                ("$speaker_id", q.Speaker?.EntityId), ("$speaker_text", q.Speaker?.Text), ("$speaker_start", q.Speaker?.Span.Start),
                ("$speaker_end", q.Speaker?.Span.End), ("$sentence_start", q.Sentence.Start), ("$sentence_end", q.Sentence.End));
    }

    /// <summary>Quotes matching <paramref name="query"/>, newest article first, in text order within an article.</summary>
    /// <summary>The sort key of a listed quote, for keyset paging; <see cref="KeyNotFoundException"/> when no such quote is stored.</summary>
    private (string Published, int Start) SortKey(string articleId, string quoteId)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = """
            SELECT coalesce(an.published, a.published_utc, ''), q.span_start
            FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN analyses an ON an.article_id = q.article_id
            WHERE q.article_id = $article AND q.id = $id
            """;
        StoreTransaction.Set(command, ("$article", articleId), ("$id", quoteId));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) throw new KeyNotFoundException($"No stored quote {quoteId} of article {articleId}.");
        return (reader.GetString(0), reader.GetInt32(1));
    }

    public IReadOnlyList<StoredQuote> List(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        using var command = store.Connection.CreateCommand();
        if (query.SpeakerIds is not null || query.SpeakerText is not null)
        {
            var parts = new List<string>();
            for (var i = 0; query.SpeakerIds is not null && i < query.SpeakerIds.Count; i++)
            {
                parts.Add($"q.speaker_entity_id = $speaker{i}");
                command.Parameters.AddWithValue($"$speaker{i}", query.SpeakerIds[i]);
            }
            if (query.SpeakerText is not null)
            {
                parts.Add("(q.speaker_entity_id IS NULL AND instr(q.speaker_text, $speaker_text) > 0)");
                command.Parameters.AddWithValue("$speaker_text", query.SpeakerText);
            }
            where.Add("(" + (parts.Count == 0 ? "0" : string.Join(" OR ", parts)) + ")");
        }
        if (query.Outlet is not null)
        {
            where.Add("a.outlet = $outlet");
            command.Parameters.AddWithValue("$outlet", query.Outlet);
        }
        // The date the analysis settled on (source date, else estimated from the text), as its calendar day.
        const string day = "substr(coalesce(an.published, a.published), 1, 10)";
        if (query.From is { } from)
        {
            where.Add($"{day} >= $from");
            command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (query.To is { } to)
        {
            where.Add($"{day} <= $to");
            command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        // The listed order: the settled date descending (undated last), then article, position and id.
        const string date = "coalesce(an.published, a.published_utc, '')";
        if (query.After is { } after)
        {
            var (published, start) = SortKey(after.ArticleId, after.QuoteId);
            where.Add($"""
                ({date} < $after_published
                 OR ({date} = $after_published AND (q.article_id, q.span_start, q.id) > ($after_article, $after_start, $after_id)))
                """);
            StoreTransaction.Set(command, ("$after_published", published), ("$after_article", after.ArticleId), ("$after_start", start), ("$after_id", after.QuoteId));
        }
        command.CommandText = $"""
            SELECT q.article_id, a.outlet, a.title, coalesce(an.published, a.published), q.id, q.span_start, q.span_end, q.text, q.kind,
                   q.cue_text, q.cue_start, q.cue_end, q.speaker_entity_id, q.speaker_text, q.speaker_start, q.speaker_end,
                   q.sentence_start, q.sentence_end, a.text
            FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN analyses an ON an.article_id = q.article_id
            {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
            ORDER BY {date} DESC, q.article_id, q.span_start, q.id
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", query.Limit);
        var quotes = new List<StoredQuote>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            QuoteCue? cue = reader.IsDBNull(9) ? null : new QuoteCue(reader.GetString(9), new TextSpan(reader.GetInt32(10), reader.GetInt32(11)));
            QuoteSpeaker? speaker = reader.IsDBNull(13) ? null
                : new QuoteSpeaker(reader.TextOrNull(12), reader.GetString(13), new TextSpan(reader.GetInt32(14), reader.GetInt32(15)));
            var quote = new Quote(reader.GetString(4), new TextSpan(reader.GetInt32(5), reader.GetInt32(6)), reader.GetString(7),
                QuoteJson.ParseKind(reader.GetString(8)), cue, speaker, new TextSpan(reader.GetInt32(16), reader.GetInt32(17)));
            // Offsets are UTF-16 units, which SQLite's substr (code points) does not count: slice here.
            var text = reader.GetString(18);
            var sentenceStart = Math.Clamp(quote.Sentence.Start, 0, text.Length);
            var sentenceEnd = Math.Clamp(quote.Sentence.End, sentenceStart, text.Length);
            quotes.Add(new StoredQuote(reader.GetString(0), reader.TextOrNull(1), reader.TextOrNull(2),
                reader.TimeOrNull(3), quote, text[sentenceStart..sentenceEnd]));
        }
        return quotes;
    }

}
