using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Documents;
using System.Data.Common;

namespace Marsad.Storage;

/// <summary>The articles table: add in batches (one transaction each), read by id, page through, count, summarize.</summary>
public sealed class ArticleRepository
{
    private const string Columns = "id, source_id, outlet, url, title, published, text, extra, source_path, flags";

    // Arabic in extras stays readable in the database instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions s_extraJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly MarsadStore _store;
    private readonly TimeProvider _clock;

    internal ArticleRepository(MarsadStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    private DbConnection Connection => _store.Connection;

    /// <summary>
    /// Stores the articles not already stored, all in one transaction: either the whole batch is committed or
    /// none of it. An article whose id is already stored — or appears earlier in the same batch — is a duplicate.
    /// </summary>
    public BatchResult AddBatch(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0) return new BatchResult(0, []);

        using var transaction = Connection.BeginTransaction();
        var ingestedAt = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var added = 0;
        var duplicates = new List<ArticleDuplicate>();
        // Many rows per statement (on PostgreSQL each statement is a round trip); RETURNING says which were new, and of
        // an id repeated within the batch the first is stored, the others are duplicates as when inserted one by one.
        foreach (var rows in articles.Chunk(RowsPerInsert))
        {
            var inserted = InsertNew(rows, ingestedAt, transaction);
            var newIds = new List<string>();
            foreach (var article in rows)
            {
                if (inserted.Remove(article.Id))
                {
                    newIds.Add(article.Id);
                    added++;
                    continue;
                }
                var (storedPath, storedSourceId) = StoredOrigin(article.Id, transaction);
                duplicates.Add(new ArticleDuplicate(article.Id, article.SourcePath, article.SourceId, storedPath, storedSourceId));
            }
            // Every new article waits for analysis (Analysis.AnalysisQueue); saving its analysis takes it off the queue.
            if (newIds.Count == 0) continue;
            using var queue = Connection.CreateCommand();
            queue.Transaction = transaction;
            // WHERE true: SQLite would read ON CONFLICT after a bare FROM as the ON of a join.
            queue.CommandText = "INSERT INTO analysis_queue (article_id) SELECT value FROM json_each($ids) WHERE true ON CONFLICT DO NOTHING";
            queue.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(newIds));
            queue.ExecuteNonQuery();
            // And for the search index, in the same transaction: whichever process next updates it indexes them.
            using var index = Connection.CreateCommand();
            index.Transaction = transaction;
            index.CommandText = Search.SearchPending.AddSql;
            index.Parameters.AddWithValue("$ids", Search.SearchPending.Ids(newIds));
            index.ExecuteNonQuery();
        }
        transaction.Commit();
        return new BatchResult(added, duplicates);
    }

    private const int RowsPerInsert = 64;

    /// <summary>Inserts <paramref name="rows"/> in one statement; the ids of those that were not stored yet.</summary>
    private HashSet<string> InsertNew(Article[] rows, string ingestedAt, DbTransaction transaction)
    {
        using var insert = Connection.CreateCommand();
        insert.Transaction = transaction;
        var values = rows.Select((_, i) =>
            $"($id{i}, $source_id{i}, $outlet{i}, $url{i}, $title{i}, $published{i}, $published_utc{i}, $text{i}, $extra{i}, $source_path{i}, $flags{i}, $ingested_at)");
        insert.CommandText = $"""
            INSERT INTO articles (id, source_id, outlet, url, title, published, published_utc, text, extra, source_path, flags, ingested_at)
            VALUES {string.Join(",\n", values)}
            ON CONFLICT DO NOTHING RETURNING id
            """;
        insert.Parameters.AddWithValue("$ingested_at", ingestedAt);
        for (var i = 0; i < rows.Length; i++)
        {
            var article = rows[i];
            var p = insert.Parameters;
            p.AddWithValue($"$id{i}", article.Id);
            p.AddWithValue($"$source_id{i}", article.SourceId);
            p.AddWithValue($"$outlet{i}", article.Outlet);
            p.AddWithValue($"$url{i}", article.Url);
            p.AddWithValue($"$title{i}", article.Title);
            p.AddWithValue($"$published{i}", article.Published?.ToString("O", CultureInfo.InvariantCulture));
            p.AddWithValue($"$published_utc{i}", article.Published is { } published ? SortableUtc(published) : null);
            p.AddWithValue($"$text{i}", article.Text);
            p.AddWithValue($"$extra{i}", article.Extra?.ToJsonString(s_extraJson));
            p.AddWithValue($"$source_path{i}", article.SourcePath);
            p.AddWithValue($"$flags{i}", article.Flags.Count == 0 ? null : JsonSerializer.Serialize(article.Flags, s_extraJson));
        }
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        using var reader = insert.ExecuteReader();
        while (reader.Read()) inserted.Add(reader.GetString(0));
        return inserted;
    }

    /// <summary>The stored ones of <paramref name="ids"/>, in the order given, read in one statement.</summary>
    public IReadOnlyList<Article> Get(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return [];
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM articles WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        var found = new Dictionary<string, Article>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var article = ReadArticle(reader);
                found[article.Id] = article;
            }
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    public Article? Get(string id)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadArticle(reader) : null;
    }

    /// <summary>
    /// The ids a user's reference may mean, for <c>marsad show</c>: the id itself; else ids starting with it
    /// (at least 4 hex digits, like a short git hash); else articles whose source gave them that id (<c>snn-00042</c>).
    /// More than one result means the reference is ambiguous; at most <paramref name="limit"/> are returned.
    /// </summary>
    public IReadOnlyList<string> MatchIds(string reference, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(reference);
        reference = reference.Trim();
        if (Get(reference) is not null) return [reference];
        var lower = reference.ToLowerInvariant();
        if (lower.Length >= 4 && lower.Length < ArticleIdentity.Length && lower.All(char.IsAsciiHexDigitLower))
        {
            // A range on the primary key rather than LIKE, which is case-insensitive and so cannot use the index.
            var byPrefix = Ids("SELECT id FROM articles WHERE id >= $from AND id < $to ORDER BY id LIMIT $limit",
                ("$from", lower), ("$to", lower + "g"), ("$limit", limit));
            if (byPrefix.Count > 0) return byPrefix;
        }
        return Ids("SELECT id FROM articles WHERE source_id = $source ORDER BY rowid LIMIT $limit", ("$source", reference), ("$limit", limit));
    }

    private List<string> Ids(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>A page of articles in the order they were stored, optionally of one outlet.</summary>
    public IReadOnlyList<Article> List(ListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var command = Connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM articles
            {(query.Outlet is null ? "" : "WHERE outlet = $outlet")}
            ORDER BY rowid LIMIT $limit OFFSET $offset
            """;
        if (query.Outlet is not null) command.Parameters.AddWithValue("$outlet", query.Outlet);
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        using var reader = command.ExecuteReader();
        var articles = new List<Article>();
        while (reader.Read()) articles.Add(ReadArticle(reader));
        return articles;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> articles stored after row <paramref name="afterRow"/>, in storage order, with the
    /// row of the last one (to ask for the next page); with <paramref name="notAnalysedBy"/>, only articles that pipeline
    /// version has not analysed (no <c>analyses</c> row for it). Paging by row, not offset, so analysing the articles of a
    /// page (which removes them from the set) does not skip any.
    /// </summary>
    public IReadOnlyList<Article> PageForAnalysis(long afterRow, int limit, string? notAnalysedBy, out long lastRow)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}, rowid FROM articles
            WHERE rowid > $after {(notAnalysedBy is null ? "" : "AND NOT EXISTS (SELECT 1 FROM analyses WHERE article_id = articles.id AND pipeline = $pipeline)")}
            ORDER BY rowid LIMIT $limit
            """;
        command.Parameters.AddWithValue("$after", afterRow);
        command.Parameters.AddWithValue("$limit", limit);
        if (notAnalysedBy is not null) command.Parameters.AddWithValue("$pipeline", notAnalysedBy);
        using var reader = command.ExecuteReader();
        var articles = new List<Article>();
        lastRow = afterRow;
        while (reader.Read())
        {
            articles.Add(ReadArticle(reader));
            lastRow = reader.GetInt64(10);
        }
        return articles;
    }

    /// <summary>How many stored articles <paramref name="pipeline"/> has not analysed.</summary>
    public long CountNotAnalysedBy(string pipeline)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles WHERE NOT EXISTS (SELECT 1 FROM analyses WHERE article_id = articles.id AND pipeline = $pipeline)";
        command.Parameters.AddWithValue("$pipeline", pipeline);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// A page of articles in ingest order after position <paramref name="after"/> (keyset paging: a page costs the same
    /// however deep it is, and articles ingested meanwhile never shift a page), <paramref name="limit"/> at most.
    /// <paramref name="offset"/> skips rows first, for the CLI's <c>--offset</c>.
    /// </summary>
    public IReadOnlyList<ArticleSummary> Page(ArticleFilter filter, long after, int limit, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var command = Connection.CreateCommand();
        var conditions = new List<string>(filter.Conditions(command, "a")) { "a.rowid > $after" };
        command.CommandText = $"""
            SELECT a.rowid, a.id, a.source_id, a.outlet, a.title, a.published, a.url, a.source_path FROM articles a
            WHERE {string.Join(" AND ", conditions)}
            ORDER BY a.rowid LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        return Summaries(command);
    }

    private static List<ArticleSummary> Summaries(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var page = new List<ArticleSummary>();
        while (reader.Read())
            page.Add(new ArticleSummary(reader.GetInt64(0), reader.GetString(1), reader.TextOrNull(2), reader.TextOrNull(3),
                reader.TextOrNull(4), reader.TimeOrNull(5), reader.TextOrNull(6), reader.TextOrNull(7)));
        return page;
    }

    /// <summary>
    /// The <paramref name="limit"/> articles stored last, newest first: read backwards along the ingest position's key
    /// (SQLite's rowid, PostgreSQL's unique rowid index), so it costs the same at any size; skipping to the end of a
    /// forward page read the whole table first.
    /// </summary>
    public IReadOnlyList<ArticleSummary> Newest(int limit)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = """
            SELECT a.rowid, a.id, a.source_id, a.outlet, a.title, a.published, a.url, a.source_path FROM articles a
            ORDER BY a.rowid DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        return Summaries(command);
    }

    /// <summary>How many articles <paramref name="filter"/> covers.</summary>
    public long Count(ArticleFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var command = Connection.CreateCommand();
        var conditions = filter.Conditions(command, "a");
        command.CommandText = "SELECT COUNT(*) FROM articles a" + (conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions));
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Articles per publication day (UTC, yyyy-MM-dd), the latest <paramref name="days"/> days that have any, oldest first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> CountByDay(int days)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT d, n FROM (SELECT substr(published_utc, 1, 10) AS d, COUNT(*) AS n FROM articles "
            + "WHERE published_utc IS NOT NULL GROUP BY d ORDER BY d DESC LIMIT $days) ORDER BY d";
        command.Parameters.AddWithValue("$days", days);
        using var reader = command.ExecuteReader();
        var counts = new List<KeyValuePair<string, long>>();
        while (reader.Read()) counts.Add(new(reader.GetString(0), reader.GetInt64(1)));
        return counts;
    }

    public long Count(string? outlet = null)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = outlet is null ? "SELECT COUNT(*) FROM articles" : "SELECT COUNT(*) FROM articles WHERE outlet = $outlet";
        if (outlet is not null) command.Parameters.AddWithValue("$outlet", outlet);
        return (long)command.ExecuteScalar()!;
    }

    public StoreStats Stats()
    {
        var byOutlet = new List<OutletCount>();
        using (var command = Connection.CreateCommand())
        {
            command.CommandText = "SELECT outlet, COUNT(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC, outlet NULLS FIRST";
            using var reader = command.ExecuteReader();
            while (reader.Read()) byOutlet.Add(new OutletCount(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1)));
        }
        DateTimeOffset? earliest = null, latest = null;
        using (var command = Connection.CreateCommand())
        {
            command.CommandText = "SELECT MIN(published_utc), MAX(published_utc) FROM articles";
            using var reader = command.ExecuteReader();
            if (reader.Read() && !reader.IsDBNull(0))
            {
                earliest = StoredCells.ParseTime(reader.GetString(0));
                latest = StoredCells.ParseTime(reader.GetString(1));
            }
        }
        return new StoreStats(
            byOutlet.Sum(o => o.Articles),
            byOutlet.Count(o => o.Outlet is not null),
            byOutlet,
            earliest,
            latest,
            _store.DatabaseBytes());
    }

    private (string? SourcePath, string? SourceId) StoredOrigin(string id, DbTransaction transaction)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT source_path, source_id FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.TextOrNull(0), reader.TextOrNull(1)) : (null, null);
    }

    private static Article ReadArticle(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        SourceId = reader.TextOrNull(1),
        Outlet = reader.TextOrNull(2),
        Url = reader.TextOrNull(3),
        Title = reader.TextOrNull(4),
        Published = reader.TimeOrNull(5),
        Text = reader.GetString(6),
        Extra = reader.TextOrNull(7) is { } extra ? JsonNode.Parse(extra) as JsonObject : null,
        SourcePath = reader.TextOrNull(8),
        Flags = reader.TextOrNull(9) is { } flags ? JsonSerializer.Deserialize<string[]>(flags) ?? [] : [],
    };

    // Fixed width, always UTC, so MIN/MAX and ORDER BY on the text are chronological.
    internal static string SortableUtc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
