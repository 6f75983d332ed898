using Marsad.Storage;

namespace Marsad.Stories;

/// <summary>
/// Joining story threads that a later article shows to be one story. A thread is chosen once, by a new cluster's closest
/// candidate, so one story reported apart grows as parallel threads that never meet (the Abha bombing's toll thread and
/// the Crown Prince's Asir visit's). When an article links strongly to members of another thread, that thread joins the
/// article's own. One link is not enough: single link over threads chains unrelated local news through one member each
/// (Stories/README.md, branch story6, merged at 0.70: story pair F1 0.09), so the other thread must have several
/// distinct event clusters that reach the merge threshold with the article.
/// </summary>
public static class StoryMerge
{
    /// <summary>One candidate's story link: its thread, its event cluster and the story probability with the new article.</summary>
    public readonly record struct Link(string Story, string Cluster, double Probability);

    /// <summary>
    /// The threads other than <paramref name="story"/> holding at least <paramref name="support"/> distinct event clusters
    /// linked at <paramref name="threshold"/> or more, in ordinal order (so the result does not depend on candidate order).
    /// With a <paramref name="share"/>, the linked clusters must also be that share of all the thread's clusters
    /// (<paramref name="clustersOf"/>: a thread's cluster count), on both sides (the article's own thread too): a long
    /// thread grown by chaining links to anything through one end or another, so a few links to it say little.
    /// </summary>
    public static IReadOnlyList<string> ThreadsToJoin(string story, IEnumerable<Link> links, double threshold, int support, double share, Func<string, int> clustersOf)
    {
        ArgumentNullException.ThrowIfNull(clustersOf);
        if (threshold <= 0) return [];
        var linked = links.Where(l => l.Probability >= threshold).GroupBy(l => l.Story, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Cluster).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        bool Broad(string thread) => share <= 0 || linked.GetValueOrDefault(thread) >= share * clustersOf(thread);
        if (!Broad(story)) return [];
        var joined = linked.Where(t => !string.Equals(t.Key, story, StringComparison.Ordinal) && t.Value >= support && Broad(t.Key)).Select(t => t.Key).ToList();
        joined.Sort(StringComparer.Ordinal);
        return joined;
    }

    /// <summary>Moves every cluster and article of thread <paramref name="gone"/> into <paramref name="kept"/> and sums their rows.</summary>
    public static void Join(string gone, string kept, StoreTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        transaction.Queue("UPDATE story_assignments SET story_id = $kept WHERE story_id = $gone", ("$kept", kept), ("$gone", gone));
        transaction.Queue("UPDATE event_clusters SET story_id = $kept WHERE story_id = $gone", ("$kept", kept), ("$gone", gone));
        // The kept thread's row may not exist yet (the article starts it): it then takes the joined one's title and days.
        transaction.Queue("""
            INSERT INTO stories (id, title, first_day, last_day, size) SELECT $kept, title, first_day, last_day, size FROM stories WHERE id = $gone
            ON CONFLICT (id) DO UPDATE SET size = stories.size + excluded.size, title = coalesce(stories.title, excluded.title),
                first_day = min(coalesce(stories.first_day, excluded.first_day), coalesce(excluded.first_day, stories.first_day)),
                last_day = max(coalesce(stories.last_day, excluded.last_day), coalesce(excluded.last_day, stories.last_day))
            """, ("$kept", kept), ("$gone", gone));
        transaction.Queue("DELETE FROM stories WHERE id = $gone", ("$gone", gone));
    }
}
