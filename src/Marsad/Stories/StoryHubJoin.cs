namespace Marsad.Stories;

/// <summary>
/// Joining parallel threads whose cores an article links. A thread continued only through its hubs (<see cref="StoryHubs"/>)
/// chains less, but one story reported in other words then grows as parallel threads that never meet (Stories/README.md,
/// branch story12: the Abha bombing's reports, the bomber's naming in one thread and the Crown Prince's Asir visit in
/// another). When an article placed in one thread's core also links strongly to another thread's core, the two threads
/// tell one story and join. Asking for hubs on both sides keeps the join from chaining as story6's single-link merge did:
/// a thread's periphery (where it drifts) neither starts nor receives a join.
/// </summary>
public static class StoryHubJoin
{
    /// <summary>
    /// The threads other than <paramref name="story"/> one of whose hubs the article links to at <paramref name="threshold"/>
    /// or more, in ordinal order; none when the threshold is 0 or the article is not in its own thread's core (its
    /// cluster <paramref name="cluster"/> is not one of the thread's hubs and it links to none of them at the threshold).
    /// A thread without hubs in the window (the article starts it) has the article's cluster as its core.
    /// </summary>
    public static IReadOnlyList<string> ThreadsToJoin(string story, string cluster, IEnumerable<StoryMerge.Link> links, double threshold,
        Func<string, IReadOnlySet<string>> hubsOf)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(hubsOf);
        if (threshold <= 0) return [];
        var strong = links.Where(l => l.Probability >= threshold && hubsOf(l.Story).Contains(l.Cluster)).ToList();
        var own = hubsOf(story);
        if (own.Count > 0 && !own.Contains(cluster) && !strong.Any(l => string.Equals(l.Story, story, StringComparison.Ordinal))) return [];
        return strong.Where(l => !string.Equals(l.Story, story, StringComparison.Ordinal)).Select(l => l.Story)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
