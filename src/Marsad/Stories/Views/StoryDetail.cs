using Marsad.Stories.Comparison;

namespace Marsad.Stories.Views;

/// <summary>One entry of a story's timeline: a dated (or undated) event cluster, the events coded in it, its articles.</summary>
public sealed record TimelineEntry(DateOnly? Date, EventCluster Cluster, IReadOnlyList<string> Events);

/// <summary>
/// A story with its timeline and the comparison of its outlets (<c>marsad story ID</c>). <see cref="ArticlesCompared"/>:
/// how many of its articles the comparison read (all, or a <see cref="StorySample"/> of a large story);
/// <see cref="PendingArticles"/>: stored articles not placed in any story yet when it was read (the story may gain some).
/// </summary>
public sealed record StoryDetail(StoryThread Story, IReadOnlyList<TimelineEntry> Timeline, OutletComparison Comparison)
{
    public int ArticlesCompared { get; init; }

    public long PendingArticles { get; init; }
}
