using System.Globalization;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Storage;

namespace Marsad.Analysis;

/// <summary>How far analysis of the queue has come: what <c>marsad stats</c> shows while workers run.</summary>
/// <param name="Pending">Articles waiting, unclaimed or whose lease ran out.</param>
/// <param name="Claimed">Articles a worker holds a live lease on.</param>
/// <param name="Done">Articles with a stored analysis.</param>
/// <param name="ArticlesPerSecond">Analyses saved per second over the last minute.</param>
public sealed record AnalysisProgress(long Pending, long Claimed, long Done, double ArticlesPerSecond);

/// <summary>
/// The analysis queue (<c>analysis_queue</c>, M009) that any number of workers, in any number of processes and machines,
/// share through the store. <see cref="Claim"/> takes a chunk under a lease (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL,
/// so two workers never take the same rows; one statement under SQLite's single writer); <see cref="Hold"/>, in the
/// transaction that saves the chunk, keeps only the articles whose lease is still this worker's, so an article whose
/// lease ran out and was claimed again is saved by one worker only. Saving removes the article from the queue
/// (<see cref="AnalysisStore.Save(IReadOnlyList{Document}, StoreTransaction)"/>).
/// </summary>
public sealed class AnalysisQueue(MarsadStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Claims up to <paramref name="count"/> waiting articles for <paramref name="worker"/> until <paramref name="lease"/> from now.</summary>
    public IReadOnlyList<Article> Claim(string worker, int count, TimeSpan lease)
    {
        var now = _clock.GetUtcNow();
        var ids = new List<string>();
        using (var command = store.Connection.CreateCommand())
        {
            command.CommandText = $"""
                UPDATE analysis_queue SET worker = $worker, lease_until = $until
                WHERE article_id IN (
                    SELECT article_id FROM analysis_queue WHERE lease_until IS NULL OR lease_until < $now
                    ORDER BY article_id LIMIT $count{store.Dialect.SkipLocked})
                RETURNING article_id
                """;
            StoreTransaction.Set(command, ("$worker", worker), ("$until", Stamp(now + lease)), ("$now", Stamp(now)), ("$count", count));
            using var reader = command.ExecuteReader();
            while (reader.Read()) ids.Add(reader.GetString(0));
        }
        ids.Sort(StringComparer.Ordinal);
        return store.Articles.Get(ids);
    }

    /// <summary>
    /// Of <paramref name="articleIds"/>, those still leased to <paramref name="worker"/>, locked until
    /// <paramref name="transaction"/> ends so no other worker claims them meanwhile.
    /// </summary>
    public IReadOnlySet<string> Hold(string worker, IEnumerable<string> articleIds, StoreTransaction transaction)
    {
        using var command = transaction.Command($"""
            SELECT article_id FROM analysis_queue
            WHERE worker = $worker AND article_id IN (SELECT value FROM json_each($ids)){(store.Dialect.IsPostgreSql ? " FOR UPDATE" : "")}
            """);
        StoreTransaction.Set(command, ("$worker", worker), ("$ids", JsonSerializer.Serialize(articleIds.ToList())));
        var held = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read()) held.Add(reader.GetString(0));
        return held;
    }

    /// <summary>Takes articles off the queue without an analysis (a step failed on them): they stay stored, and
    /// <c>marsad analyze</c> without a PATH tries them again.</summary>
    public void Drop(IReadOnlyList<string> articleIds, StoreTransaction transaction)
    {
        if (articleIds.Count == 0) return;
        using var command = transaction.Command("DELETE FROM analysis_queue WHERE article_id IN (SELECT value FROM json_each($ids))");
        StoreTransaction.Set(command, ("$ids", JsonSerializer.Serialize(articleIds)));
        command.ExecuteNonQuery();
    }

    /// <summary>Articles left in the queue, claimed or not.</summary>
    public long Remaining() => Count("SELECT COUNT(*) FROM analysis_queue");

    /// <summary>When the first live lease of another worker runs out (null when none is live).</summary>
    public DateTimeOffset? NextExpiry()
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT MIN(lease_until) FROM analysis_queue WHERE lease_until >= $now";
        StoreTransaction.Set(command, ("$now", Stamp(_clock.GetUtcNow())));
        return command.ExecuteScalar() is string until ? DateTimeOffset.Parse(until, CultureInfo.InvariantCulture) : null;
    }

    public AnalysisProgress Progress()
    {
        var now = _clock.GetUtcNow();
        using var command = store.Connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM analysis_queue WHERE lease_until IS NULL OR lease_until < $now),
                   (SELECT COUNT(*) FROM analysis_queue WHERE lease_until >= $now),
                   (SELECT COUNT(*) FROM analyses),
                   (SELECT COUNT(*) FROM analyses WHERE analyzed_at >= $minute_ago)
            """;
        // analyzed_at is written with DateTimeOffset "O" in UTC (…+00:00), so the same form compares as text.
        StoreTransaction.Set(command, ("$now", Stamp(now)),
            ("$minute_ago", now.ToUniversalTime().AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture)));
        using var reader = command.ExecuteReader();
        reader.Read();
        return new AnalysisProgress(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), Math.Round(reader.GetInt64(3) / 60.0, 2));
    }

    private long Count(string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // Fixed width, UTC: leases compare as text on both stores.
    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
