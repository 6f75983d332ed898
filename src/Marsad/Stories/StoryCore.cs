namespace Marsad.Stories;

/// <summary>
/// Which thread a new event cluster continues. A thread grown by its newest cluster drifts: A–B–C where A and C share
/// nothing (Stories/README.md, branch story9: 239 of the dev file's 358 false-join pairs were such chains; the Saudi
/// relief thread took in Yemen-war and Mecca items). So besides one member linked at the story threshold, the new
/// cluster must be close to the thread's core: its cohesion with the thread, the mean over the thread's event clusters
/// within the window of its strongest link to each (a cluster none of whose members is among its candidates counts 0),
/// must reach a minimum. A new cluster close to one end of a long drifted thread has a low cohesion with it.
/// </summary>
public static class StoryCore
{
    /// <summary>
    /// The thread to continue: of the threads with a link at <paramref name="threshold"/> or more and (when
    /// <paramref name="cohesion"/> is above 0) a cohesion of at least <paramref name="cohesion"/> over its
    /// <paramref name="core"/> closest clusters (0: all), the one with the strongest link (ties: the earlier link, in
    /// candidate order); null when none. <paramref name="clustersOf"/> gives a thread's event clusters within the window;
    /// it is asked only when <paramref name="cohesion"/> is above 0. With <paramref name="hubsOf"/> (a thread's hubs:
    /// <see cref="StoryHubs"/>), only a link to one of the thread's hubs counts.
    /// </summary>
    public static string? ThreadToContinue(IReadOnlyList<StoryMerge.Link> links, double threshold, double cohesion, int core, Func<string, int> clustersOf,
        Func<string, IReadOnlySet<string>>? hubsOf = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(clustersOf);
        string? chosen = null;
        double best = 0;
        foreach (var link in links)
        {
            if (link.Probability < threshold || link.Probability <= best) continue;
            if (hubsOf is not null && !hubsOf(link.Story).Contains(link.Cluster)) continue;
            if (cohesion > 0 && Cohesion(links, link.Story, clustersOf(link.Story), core) < cohesion) continue;
            (chosen, best) = (link.Story, link.Probability);
        }
        return chosen;
    }

    /// <summary>
    /// The mean strongest link to the <paramref name="core"/> (0: all) closest of the <paramref name="clusters"/> event
    /// clusters of <paramref name="story"/>; a cluster without a link counts 0, so a thread of two clusters needs links to
    /// both, while a long thread needs only <paramref name="core"/> close clusters (a story grown over weeks is not close
    /// to all of its past). Fewer clusters than linked ones (a count read before a join) counts the linked ones.
    /// </summary>
    public static double Cohesion(IEnumerable<StoryMerge.Link> links, string story, int clusters, int core = 0)
    {
        var strongest = links.Where(l => string.Equals(l.Story, story, StringComparison.Ordinal))
            .GroupBy(l => l.Cluster, StringComparer.Ordinal).Select(g => g.Max(l => l.Probability)).OrderDescending().ToList();
        var count = Math.Max(clusters, strongest.Count);
        if (core > 0) count = Math.Min(count, core);
        return count == 0 ? 0 : strongest.Take(count).Sum() / count;
    }
}
