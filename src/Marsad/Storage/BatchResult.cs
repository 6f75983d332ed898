namespace Marsad.Storage;

/// <summary>
/// An article that was not stored because an article with the same content id already was:
/// where this copy came from, and where the stored one came from.
/// </summary>
public sealed record ArticleDuplicate(string Id, string? SourcePath, string? SourceId, string? StoredSourcePath, string? StoredSourceId);

/// <summary>What one <see cref="ArticleRepository.AddBatch"/> did: articles newly stored and copies refused.</summary>
public sealed record BatchResult(int Added, IReadOnlyList<ArticleDuplicate> Duplicates);

public sealed record ListQuery(int Limit = 50, int Offset = 0, string? Outlet = null);

public sealed record OutletCount(string? Outlet, long Articles);

public sealed record StoreStats(
    long Articles,
    int Outlets,
    IReadOnlyList<OutletCount> ByOutlet,
    DateTimeOffset? EarliestPublished,
    DateTimeOffset? LatestPublished,
    long DatabaseBytes);
