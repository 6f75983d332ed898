using System.Text.Json;
using Marsad.Storage;

namespace Marsad.Stories;

/// <summary>
/// A story thread's most recent members from a day on (the articles its profile is the mean of,
/// <see cref="StoryOptions.StoryThreadProfile"/>), in the order newest day first, then newest placed first, undated
/// members last; read without touching the thread's history. The thread's event clusters are walked newest
/// <c>last_day</c> first (<c>event_clusters_story_day</c>, <see cref="M018_StoryClustersByDay"/>), each cluster's dated
/// members within the window read by <c>story_assignments_cluster</c>, and the walk stops as soon as the next cluster
/// cannot hold a member newer than the last one kept: a cluster's <c>last_day</c> is never below the day of any of its
/// members (it only grows), so the result is the same as sorting every member of the thread. Only a thread with fewer
/// dated members in the window than asked for is read whole, for its undated ones.
/// </summary>
internal static class ThreadRecentMembers
{
    public readonly record struct Member(int? Day, byte[] Terms);

    private readonly record struct Placed(string ArticleId, int? Day, long Seq);

    public static List<Member> Read(StoreTransaction transaction, string story, int windowStart, int limit)
    {
        var kept = new List<Placed>();
        if (limit <= 0) return [];
        var clusters = ClustersNewestFirst(transaction, story, windowStart);
        using (var members = transaction.Command("""
            SELECT a.article_id, s.day, s.seq FROM story_assignments a JOIN story_articles s ON s.article_id = a.article_id
            WHERE a.cluster_id = $cluster AND a.story_id = $story AND s.day >= $from
            """))
        {
            foreach (var (cluster, lastDay) in clusters)
            {
                if (kept.Count >= limit && lastDay < kept[limit - 1].Day) break;
                members.Parameters.Clear();
                StoreTransaction.Set(members, ("$cluster", cluster), ("$story", story), ("$from", windowStart));
                using (var reader = members.ExecuteReader())
                    while (reader.Read()) kept.Add(new(reader.GetString(0), reader.GetInt32(1), Convert.ToInt64(reader.GetValue(2))));
                kept.Sort(NewestFirst);
            }
        }
        if (kept.Count > limit) kept.RemoveRange(limit, kept.Count - limit);
        if (kept.Count < limit) kept.AddRange(Undated(transaction, story, limit - kept.Count));
        return WithTerms(transaction, kept);
    }

    private static int NewestFirst(Placed a, Placed b) =>
        a.Day != b.Day ? Nullable.Compare(b.Day, a.Day) : b.Seq.CompareTo(a.Seq);

    private static List<(string Id, int LastDay)> ClustersNewestFirst(StoreTransaction transaction, string story, int windowStart)
    {
        var clusters = new List<(string, int)>();
        using var command = transaction.Command("SELECT id, last_day FROM event_clusters WHERE story_id = $story AND last_day >= $from ORDER BY last_day DESC");
        StoreTransaction.Set(command, ("$story", story), ("$from", windowStart));
        using var reader = command.ExecuteReader();
        while (reader.Read()) clusters.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1))));
        return clusters;
    }

    private static List<Placed> Undated(StoreTransaction transaction, string story, int limit)
    {
        var undated = new List<Placed>();
        using var command = transaction.Command("""
            SELECT a.article_id, s.seq FROM story_assignments a JOIN story_articles s ON s.article_id = a.article_id
            WHERE a.story_id = $story AND s.day IS NULL ORDER BY s.seq DESC LIMIT $limit
            """);
        StoreTransaction.Set(command, ("$story", story), ("$limit", limit));
        using var reader = command.ExecuteReader();
        while (reader.Read()) undated.Add(new(reader.GetString(0), null, Convert.ToInt64(reader.GetValue(1))));
        return undated;
    }

    private static List<Member> WithTerms(StoreTransaction transaction, List<Placed> kept)
    {
        if (kept.Count == 0) return [];
        var terms = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var command = transaction.Command("SELECT article_id, terms FROM story_articles WHERE article_id IN (SELECT value FROM json_each($ids))"))
        {
            StoreTransaction.Set(command, ("$ids", JsonSerializer.Serialize(kept.Select(k => k.ArticleId))));
            using var reader = command.ExecuteReader();
            while (reader.Read()) terms[reader.GetString(0)] = (byte[])reader[1];
        }
        return [.. kept.Select(k => new Member(k.Day, terms[k.ArticleId]))];
    }
}
