using System.Data.Common;
using System.Collections.Concurrent;
using System.Globalization;
using Marsad.Documents;
using Marsad.Storage;

namespace Marsad.Ingest.Web;

/// <summary>
/// The memory of <c>marsad watch</c> (table <c>feed_items</c>, <see cref="M010_FeedItems"/>): loaded before a poll, told
/// by the <see cref="WebSource"/> what it read and what failed, and written on the store's writing thread — an item's
/// stored article first, its row after (<see cref="Stored"/>, called once the chunk is committed), so a crash between
/// the two only makes the next poll find the article already stored. An item is known by its id within its feed, or by
/// its link in any watched feed (the same story listed by two feeds is fetched once).
/// </summary>
public sealed class FeedLedger : IFeedItemFilter
{
    /// <summary>Polls a failing item is tried in before it is given up.</summary>
    public const int MaxAttempts = 3;

    private readonly MarsadStore _store;
    private readonly TimeProvider _clock;
    private readonly HashSet<(string Feed, string Item)> _done = [];
    private readonly HashSet<string> _doneUrls = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Feed, string Item), int> _attempts = [];
    private readonly ConcurrentDictionary<string, (string Feed, FeedItem Item)> _reading = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Feed, FeedItem Item, IngestProblem Problem, bool Retriable)> _failed = new();
    private int _skipped;

    private FeedLedger(MarsadStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    /// <summary>Items skipped as known since the ledger was loaded.</summary>
    public int Skipped => Volatile.Read(ref _skipped);

    /// <summary>Items given up in this poll (failed for good, or for the last allowed time).</summary>
    public int GivenUp { get; private set; }

    public static FeedLedger Load(MarsadStore store, TimeProvider? clock = null)
    {
        var ledger = new FeedLedger(store, clock ?? TimeProvider.System);
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT feed, item, url, attempts, done FROM feed_items";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = (reader.GetString(0), reader.GetString(1));
            if (reader.GetInt64(4) == 1)
            {
                ledger._done.Add(key);
                if (!reader.IsDBNull(2)) ledger._doneUrls.Add(reader.GetString(2));
            }
            else ledger._attempts[key] = reader.GetInt32(3);
        }
        return ledger;
    }

    public bool IsKnown(Uri feed, FeedItem item)
    {
        var known = item.Key is { } key && _done.Contains((feed.OriginalString, key))
            || item.Link is { } link && _doneUrls.Contains(link.OriginalString);
        if (known) Interlocked.Increment(ref _skipped);
        return known;
    }

    public void Reading(Uri feed, FeedItem item, string sourcePath) => _reading[sourcePath] = (feed.OriginalString, item);

    public void Failed(Uri feed, FeedItem item, IngestProblem problem, bool retriable) =>
        _failed.Enqueue((feed.OriginalString, item, problem, retriable));

    /// <summary>Records the feed items whose articles are in a committed chunk (stored, or copies of stored ones).</summary>
    public void Stored(IReadOnlyList<Article> articles)
    {
        var rows = new List<(string Feed, FeedItem Item, string ArticleId)>();
        foreach (var article in articles)
            if (article.SourcePath is { } path && _reading.TryRemove(path, out var read)) rows.Add((read.Feed, read.Item, article.Id));
        if (rows.Count == 0) return;
        using var transaction = _store.BeginTransaction();
        using var command = Upsert(transaction);
        foreach (var (feed, item, articleId) in rows)
        {
            Write(command, feed, item, articleId, "stored", attempts: _attempts.GetValueOrDefault((feed, item.Key!)) + 1, done: true);
            _done.Add((feed, item.Key!));
        }
        transaction.Commit();
    }

    /// <summary>Records the failures of the poll: tried again next time unless they cannot pass or have had their tries.</summary>
    public void RecordFailures()
    {
        if (_failed.IsEmpty) return;
        using var transaction = _store.BeginTransaction();
        using var command = Upsert(transaction);
        var seen = new HashSet<(string, string)>();
        while (_failed.TryDequeue(out var failure))
        {
            var key = failure.Item.Key ?? failure.Problem.Path;
            if (!seen.Add((failure.Feed, key))) continue;
            var attempts = _attempts.GetValueOrDefault((failure.Feed, key)) + 1;
            var done = !failure.Retriable || attempts >= MaxAttempts;
            Write(command, failure.Feed, failure.Item with { Id = key }, null, failure.Problem.Code, attempts, done);
            _attempts[(failure.Feed, key)] = attempts;
            if (done)
            {
                GivenUp++;
                _done.Add((failure.Feed, key));
            }
        }
        transaction.Commit();
    }

    private static System.Data.Common.DbCommand Upsert(StoreTransaction transaction) => transaction.Command("""
        INSERT INTO feed_items (feed, item, url, article_id, outcome, attempts, done, first_seen, last_tried)
        VALUES ($feed, $item, $url, $article, $outcome, $attempts, $done, $now, $now)
        ON CONFLICT (feed, item) DO UPDATE SET url = excluded.url, article_id = excluded.article_id, outcome = excluded.outcome,
            attempts = excluded.attempts, done = excluded.done, last_tried = excluded.last_tried
        """);

    private void Write(System.Data.Common.DbCommand command, string feed, FeedItem item, string? articleId, string outcome, int attempts, bool done)
    {
        StoreTransaction.Set(command, ("$feed", feed), ("$item", item.Key), ("$url", item.Link?.OriginalString), ("$article", articleId),
            ("$outcome", outcome), ("$attempts", attempts), ("$done", done ? 1 : 0),
            ("$now", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
        command.ExecuteNonQuery();
    }
}
