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
        using var insert = Connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO articles (id, source_id, outlet, url, title, published, published_utc, text, extra, source_path, flags, ingested_at)
            VALUES ($id, $source_id, $outlet, $url, $title, $published, $published_utc, $text, $extra, $source_path, $flags, $ingested_at)
            ON CONFLICT DO NOTHING
            """;
        var id = insert.Parameters.AddWithValue("$id", null);
        var sourceId = insert.Parameters.AddWithValue("$source_id", null);
        var outlet = insert.Parameters.AddWithValue("$outlet", null);
        var url = insert.Parameters.AddWithValue("$url", null);
        var title = insert.Parameters.AddWithValue("$title", null);
        var published = insert.Parameters.AddWithValue("$published", null);
        var publishedUtc = insert.Parameters.AddWithValue("$published_utc", null);
        var text = insert.Parameters.AddWithValue("$text", null);
        var extra = insert.Parameters.AddWithValue("$extra", null);
        var sourcePath = insert.Parameters.AddWithValue("$source_path", null);
        var flags = insert.Parameters.AddWithValue("$flags", null);
        insert.Parameters.AddWithValue("$ingested_at", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        insert.Prepare();
        // Every new article waits for analysis (Analysis.AnalysisQueue); saving its analysis takes it off the queue.
        using var queue = Connection.CreateCommand();
        queue.Transaction = transaction;
        queue.CommandText = "INSERT INTO analysis_queue (article_id) VALUES ($id) ON CONFLICT DO NOTHING";
        var queued = queue.Parameters.AddWithValue("$id", null);

        var added = 0;
        var duplicates = new List<ArticleDuplicate>();
        foreach (var article in articles)
        {
            id.Value = article.Id;
            sourceId.Value = Db(article.SourceId);
            outlet.Value = Db(article.Outlet);
            url.Value = Db(article.Url);
            title.Value = Db(article.Title);
            published.Value = Db(article.Published?.ToString("O", CultureInfo.InvariantCulture));
            publishedUtc.Value = Db(article.Published is { } p ? SortableUtc(p) : null);
            text.Value = article.Text;
            extra.Value = Db(article.Extra?.ToJsonString(s_extraJson));
            sourcePath.Value = Db(article.SourcePath);
            flags.Value = Db(article.Flags.Count == 0 ? null : JsonSerializer.Serialize(article.Flags, s_extraJson));
            if (insert.ExecuteNonQuery() == 1)
            {
                queued.Value = article.Id;
                queue.ExecuteNonQuery();
                added++;
                continue;
            }
            var (storedPath, storedSourceId) = StoredOrigin(article.Id, transaction);
            duplicates.Add(new ArticleDuplicate(article.Id, article.SourcePath, article.SourceId, storedPath, storedSourceId));
        }
        transaction.Commit();
        return new BatchResult(added, duplicates);
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
            page.Add(new ArticleSummary(reader.GetInt64(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3),
                NullableString(reader, 4), NullableString(reader, 5) is { } published ? ParseTime(published) : null,
                NullableString(reader, 6), NullableString(reader, 7)));
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
                earliest = ParseTime(reader.GetString(0));
                latest = ParseTime(reader.GetString(1));
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
        return reader.Read() ? (NullableString(reader, 0), NullableString(reader, 1)) : (null, null);
    }

    private static Article ReadArticle(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        SourceId = NullableString(reader, 1),
        Outlet = NullableString(reader, 2),
        Url = NullableString(reader, 3),
        Title = NullableString(reader, 4),
        Published = NullableString(reader, 5) is { } published ? ParseTime(published) : null,
        Text = reader.GetString(6),
        Extra = NullableString(reader, 7) is { } extra ? JsonNode.Parse(extra) as JsonObject : null,
        SourcePath = NullableString(reader, 8),
        Flags = NullableString(reader, 9) is { } flags ? JsonSerializer.Deserialize<string[]>(flags) ?? [] : [],
    };

    // Fixed width, always UTC, so MIN/MAX and ORDER BY on the text are chronological.
    private static string SortableUtc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static object Db(string? value) => (object?)value ?? DBNull.Value;
}
