namespace Marsad.Stories;

/// <summary>
/// A new event cluster's thread is chosen once, by its first article's profile links (<see cref="StoryThreadProfile"/>),
/// so the whole cluster — every later report of that happening — follows one link that sits near the story threshold:
/// a small shift of the story model's weights (a refit after the events step reads a few actors differently) sends the
/// first report under the threshold, and all its cluster's reports leave the story with it. When a report joins a
/// cluster that is still its thread's only cluster (it began a thread of its own), the cluster is judged again on what
/// its reports say together: the mean of their vectors (<see cref="WeightedVector.Mean"/>, as a thread's profile is)
/// against each candidate thread's profile. Reaching the story threshold there, the cluster's lone thread joins that
/// thread (<see cref="StoryOptions.StoryLoneClusterReview"/>). Only a lone cluster moves: a thread that already holds
/// other clusters was joined by them, and moving it would be the thread joins measured and not shipped (StoryThreadJoin,
/// StoryMerge).
/// </summary>
internal static class LoneClusterReview
{
    /// <summary>
    /// The thread other than <paramref name="own"/> whose profile the cluster's reports together link to most strongly at
    /// <paramref name="threshold"/> or more (ties: the first thread id in ordinal order); null when none does.
    /// </summary>
    public static string? ThreadToJoin(string own, IEnumerable<StoryThreadProfile.Link> pooledLinks, double threshold) =>
        StoryThreadProfile.ThreadToContinue(pooledLinks.Where(l => !string.Equals(l.Story, own, StringComparison.Ordinal)), threshold);
}
