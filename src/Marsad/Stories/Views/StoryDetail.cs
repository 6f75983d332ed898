using Marsad.Stories.Comparison;

namespace Marsad.Stories.Views;

/// <summary>One entry of a story's timeline: a dated (or undated) event cluster, the events coded in it, its articles.</summary>
public sealed record TimelineEntry(DateOnly? Date, EventCluster Cluster, IReadOnlyList<string> Events);

/// <summary>A story with its timeline and the comparison of its outlets (<c>marsad story ID</c>).</summary>
public sealed record StoryDetail(StoryThread Story, IReadOnlyList<TimelineEntry> Timeline, OutletComparison Comparison);
