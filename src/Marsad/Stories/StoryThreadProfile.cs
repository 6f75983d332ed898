namespace Marsad.Stories;

/// <summary>
/// Which thread a new event cluster continues when threads are judged whole (<see cref="StoryOptions.StoryThreadProfile"/>):
/// a two-stage link, cluster → thread, instead of cluster → its single closest member. A thread's profile is the mean of
/// its recent members' term vectors (<see cref="WeightedVector.Mean"/>), and the story model reads the evidence between
/// the new article and that profile. The mean rewards what a developing story's reports share among themselves: an
/// article saying a little of what many members say (the Abha bombing's reports in other words: the region, the
/// mosque, the toll) comes closer to the profile than to any one member, while a link through one peripheral member
/// whose words the rest of the thread does not share is diluted by the others (a thread no longer drifts by its newest
/// member: Stories/README.md, branch story9, chained false joins). A thread of one article is that article, so the rule
/// differs from the pair link only where a thread has grown.
/// </summary>
public static class StoryThreadProfile
{
    /// <summary>One candidate thread and the story probability between the new article and the thread's profile.</summary>
    public readonly record struct Link(string Story, double Probability);

    /// <summary>
    /// One profile link a new cluster's article saw when its thread was chosen: the thread and the evidence the story model
    /// read against the thread's profile (<see cref="StoryLinkEvidence"/>). What a story model fitted on profile links
    /// learns from (<see cref="StoryIndex.ProfileLinkSeen"/>; <c>eval-clusters --story-fits profile</c>).
    /// </summary>
    public readonly record struct Seen(string ArticleId, string Story, PairEvidence Evidence);

    /// <summary>
    /// The thread whose profile the article links to most strongly at <paramref name="threshold"/> or more (ties: the
    /// first in ordinal order of the thread id, so the choice does not depend on candidate order); null when none.
    /// </summary>
    public static string? ThreadToContinue(IEnumerable<Link> links, double threshold)
    {
        ArgumentNullException.ThrowIfNull(links);
        string? chosen = null;
        var best = 0.0;
        foreach (var link in links.OrderBy(l => l.Story, StringComparer.Ordinal))
            if (link.Probability >= threshold && (chosen is null || link.Probability > best))
                (chosen, best) = (link.Story, link.Probability);
        return chosen;
    }
}
