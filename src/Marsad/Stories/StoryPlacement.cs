namespace Marsad.Stories;

/// <summary>
/// Where the story index put an article: the earliest stored exact copy of its words (or null), its near duplicates,
/// its event cluster and story thread, and the similarity to the article it was placed with (0 when it started a cluster).
/// </summary>
public sealed record StoryPlacement(
    string ArticleId,
    string? DuplicateOf,
    IReadOnlyList<NearDuplicate> NearDuplicates,
    string ClusterId,
    string StoryId,
    double Score);
