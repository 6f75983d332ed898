namespace Marsad.Stories;

/// <summary>
/// A second link behind a new event cluster's choice of thread (<see cref="StoryOptions.StoryThreadSupport"/>). A thread
/// profile link can still chain: the new cluster is close to the thread's newest members, which are close to the
/// thread's past only through each other (A–B and B–C link, A and C are different stories; Stories/README.md, branch
/// story20, the largest class of false joins). So besides the profile link at the story threshold, the new cluster must
/// link at a lower bar, pair by pair, to at least two of the thread's members within the window (to its one member when
/// it has only one): one close member alone is not enough to say the thread is its story.
/// </summary>
public static class StoryThreadSupport
{
    /// <summary>
    /// The profile links whose thread has enough members linked at <paramref name="bar"/> or more among
    /// <paramref name="pairLinks"/> (the new article's links to its candidates): at least two, or all of the thread's
    /// members within the window when it has fewer (<paramref name="membersOf"/>, asked only of threads with a profile
    /// link). With <paramref name="bar"/> 0 every link is kept.
    /// </summary>
    public static IReadOnlyList<StoryThreadProfile.Link> Supported(IEnumerable<StoryThreadProfile.Link> profileLinks,
        IEnumerable<StoryMerge.Link> pairLinks, double bar, Func<string, int> membersOf)
    {
        ArgumentNullException.ThrowIfNull(profileLinks);
        ArgumentNullException.ThrowIfNull(pairLinks);
        ArgumentNullException.ThrowIfNull(membersOf);
        if (bar <= 0) return [.. profileLinks];
        var linked = pairLinks.Where(l => l.Probability >= bar).GroupBy(l => l.Story, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. profileLinks.Where(l => linked.GetValueOrDefault(l.Story) >= Math.Min(2, Math.Max(1, membersOf(l.Story))))];
    }
}
