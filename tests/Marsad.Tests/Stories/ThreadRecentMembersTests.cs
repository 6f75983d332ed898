using Marsad.Documents;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Tests.Support;

namespace Marsad.Tests.Stories;

public sealed class SqliteThreadRecentMembersTests() : ThreadRecentMembersTests(StoreKind.Sqlite)
{
    [Fact]
    public void AThreadsNewestMembersAreReadAlongTheStoryDayIndexWithNoSort()
    {
        using var target = TestStore.Create(StoreKind.Sqlite);
        using var store = target.Open();
        using var transaction = store.BeginTransaction();
        using var plan = transaction.Command("""
            EXPLAIN QUERY PLAN SELECT a.day, s.terms FROM story_assignments a JOIN story_articles s ON s.article_id = a.article_id
            WHERE a.story_id = 'st' AND a.day >= 120 ORDER BY a.day DESC, a.seq DESC LIMIT 30
            """);
        using var reader = plan.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read()) steps.Add(reader.GetString(3));

        Assert.Equal(["SEARCH a USING INDEX story_assignments_story_day (story_id=? AND day>?)",
            "SEARCH s USING INDEX sqlite_autoindex_story_articles_1 (article_id=?)"], steps);
    }
}

public sealed class PostgreSqlThreadRecentMembersTests() : ThreadRecentMembersTests(StoreKind.PostgreSql);

/// <summary>A thread's most recent members (its profile's articles), newest first, on each kind of store.</summary>
public abstract class ThreadRecentMembersTests(StoreKind kind)
{
    // Thread "st": an old cluster outside the window, a middle one, a newest one with two members on its last day, a
    // cluster of one undated report; thread "st-x" has a member on the newest day. Each member's terms blob is its seq.
    // The event_clusters rows are the index's as it writes them (the read does not need them).
    private static readonly (string Cluster, string Story, int? Day, int Seq)[] Members =
    [
        ("c-old", "st", 90, 1), ("c-old", "st", 100, 2),
        ("c-mid", "st", 130, 3), ("c-mid", "st", 140, 4),
        ("c-new", "st", 150, 5), ("c-new", "st", 150, 6), ("c-new", "st", 145, 7),
        ("c-undated", "st", null, 8),
        ("c-other", "st-x", 150, 9),
    ];

    private static void Build(MarsadStore store)
    {
        store.Articles.AddBatch([.. Members.Select(m => new Article { Id = $"a{m.Seq}", Text = $"تقرير رقم {m.Seq} عن اجتماع اللجنة" })]);
        using var transaction = store.BeginTransaction();
        foreach (var m in Members)
        {
            Execute(transaction, """
                INSERT INTO story_articles (article_id, seq, day, word_hash, words, signature, terms, indexed)
                VALUES ($id, $seq, $day, $seq, 5, $blob, $blob, $blob)
                """, ("$id", $"a{m.Seq}"), ("$seq", m.Seq), ("$day", m.Day), ("$blob", new[] { (byte)m.Seq }));
            Execute(transaction, "INSERT INTO story_assignments (article_id, cluster_id, story_id, day, seq) VALUES ($id, $cluster, $story, $day, $seq)",
                ("$id", $"a{m.Seq}"), ("$cluster", m.Cluster), ("$story", m.Story), ("$day", m.Day), ("$seq", m.Seq));
        }
        foreach (var cluster in Members.GroupBy(m => (m.Cluster, m.Story)))
            Execute(transaction, "INSERT INTO event_clusters (id, story_id, first_day, last_day, size) VALUES ($id, $story, $first, $last, $size)",
                ("$id", cluster.Key.Cluster), ("$story", cluster.Key.Story), ("$first", cluster.Min(m => m.Day)), ("$last", cluster.Max(m => m.Day)),
                ("$size", cluster.Count()));
        transaction.Commit();
    }

    private static void Execute(StoreTransaction transaction, string sql, params (string, object?)[] values)
    {
        using var command = transaction.Command(sql);
        StoreTransaction.Set(command, values);
        command.ExecuteNonQuery();
    }

    private List<(int? Day, byte Seq)> Read(int windowStart, int limit)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        Build(store);
        using var transaction = store.BeginTransaction();
        return [.. ThreadRecentMembers.Read(transaction, "st", windowStart, limit).Select(m => (m.Day, m.Terms[0]))];
    }

    [Fact]
    public void TheNewestDaysComeFirstAndOneDayNewestPlacedFirst() =>
        Assert.Equal([(150, 6), (150, 5), (145, 7), (140, 4)], Read(120, 4));

    [Fact]
    public void UndatedMembersComeLastWhenTheWindowHoldsTooFew() =>
        Assert.Equal([(150, 6), (150, 5), (145, 7), (140, 4), (130, 3), (null, 8)], Read(120, 10));

    [Fact]
    public void AWindowReachingTheOldestClusterReadsItToo() =>
        Assert.Equal([(150, 6), (150, 5), (145, 7), (140, 4), (130, 3), (100, 2), (90, 1), (null, 8)], Read(int.MinValue, 30));
}
