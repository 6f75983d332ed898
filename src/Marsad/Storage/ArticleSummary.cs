namespace Marsad.Storage;

/// <summary>An article's fields without its text, for listings; <see cref="Position"/> is its place in ingest order (the keyset cursor).</summary>
public sealed record ArticleSummary(
    long Position,
    string Id,
    string? SourceId,
    string? Outlet,
    string? Title,
    DateTimeOffset? Published,
    string? Url,
    string? SourcePath);
