namespace Marsad.Stories;

/// <summary>
/// Parallel threads of one story joined when their profiles converge (<see cref="StoryOptions.StoryThreadJoin"/>). A
/// thread is chosen in a story's first hours, while its threads are one or two articles, so one story can start as two
/// threads (the Abha bombing's condemnations and the Public Security director's visit, Stories/README.md, branch story17)
/// that then each collect followers and never meet. A later article that links to the profiles (<see cref="StoryThreadProfile"/>)
/// of its own thread and of another at the join threshold shows both to be one story: the two join, under the earlier
/// thread's id, so a thread a reader has seen keeps its id. Profiles, not pair links: a link through one peripheral
/// member of each thread is diluted by the rest (pair-link joins chained local news: story6, story9).
/// </summary>
public static class StoryThreadJoin
{
    /// <summary>
    /// The threads other than <paramref name="story"/> whose profile the article links to at <paramref name="threshold"/>
    /// or more, in ordinal order; none when it does not link so strongly to its own thread's profile (a new thread has none),
    /// or when the threshold is 0 (off).
    /// </summary>
    public static IReadOnlyList<string> ThreadsToJoin(string story, IEnumerable<StoryThreadProfile.Link> links, double threshold)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (threshold <= 0) return [];
        var strong = links.Where(l => l.Probability >= threshold).Select(l => l.Story).Distinct(StringComparer.Ordinal).ToList();
        if (!strong.Contains(story, StringComparer.Ordinal)) return [];
        var joined = strong.Where(t => !string.Equals(t, story, StringComparison.Ordinal)).ToList();
        joined.Sort(StringComparer.Ordinal);
        return joined;
    }

    /// <summary>The thread whose id the joined threads keep: the one that began first (undated last), then the first id in ordinal order.</summary>
    public static string Kept(IEnumerable<string> threads, Func<string, int?> firstDayOf)
    {
        ArgumentNullException.ThrowIfNull(firstDayOf);
        return threads.Select(t => (Thread: t, Day: firstDayOf(t))).OrderBy(t => t.Day is null).ThenBy(t => t.Day).ThenBy(t => t.Thread, StringComparer.Ordinal).First().Thread;
    }
}
