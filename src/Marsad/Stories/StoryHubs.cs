namespace Marsad.Stories;

/// <summary>
/// A story thread's hubs: its most central event clusters, those with the most story links to the thread's other
/// clusters. A thread continued through any member drifts by its newest one (A–B–C where A and C share nothing:
/// Stories/README.md, branch story9, 239 of the dev file's 358 false-join pairs). Asked to link to a hub, a new cluster
/// continues the story told by most of the thread, not whatever its last member touched; a link to a peripheral
/// member is not enough. Centrality is counted as articles are placed (<c>event_clusters.links</c>), so the choice needs
/// no comparison of the thread's members with one another.
/// </summary>
public static class StoryHubs
{
    /// <summary>One event cluster of a thread: its links to the thread's other clusters, its articles and its first day.</summary>
    public readonly record struct Member(string Cluster, int Links, int Size, int? FirstDay);

    /// <summary>
    /// The <paramref name="hubs"/> most central clusters: most links first; on a tie the larger (more outlets reported
    /// it), then the earlier (the happening the thread started from), then the id, so the choice is deterministic.
    /// </summary>
    public static IReadOnlySet<string> Of(IEnumerable<Member> members, int hubs) =>
        members.OrderByDescending(m => m.Links).ThenByDescending(m => m.Size).ThenBy(m => m.FirstDay ?? int.MaxValue)
            .ThenBy(m => m.Cluster, StringComparer.Ordinal).Take(hubs).Select(m => m.Cluster).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The clusters of <paramref name="threads"/> other than <paramref name="own"/> that a placed article links to at
    /// <paramref name="threshold"/> or more, each once: each gains a link, and the article's own cluster gains as many.
    /// </summary>
    public static IReadOnlyList<string> Linked(IReadOnlySet<string> threads, string own, IEnumerable<StoryMerge.Link> links, double threshold) =>
        links.Where(l => l.Probability >= threshold && threads.Contains(l.Story) && !string.Equals(l.Cluster, own, StringComparison.Ordinal))
            .Select(l => l.Cluster).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
