namespace Marsad.Ingest;

/// <summary>
/// Where an ingest reads its articles: files and folders (<see cref="SourcePlan"/>), web pages and feeds
/// (<see cref="Web.WebSource"/>), or both in turn (<see cref="ArticleSources"/>). Read yields articles and problems in a
/// deterministic order; <see cref="Ingestor"/> stores them whatever the source.
/// </summary>
public interface IArticleSource
{
    /// <summary>Files or URLs the source will read (for progress).</summary>
    int SourceCount { get; }

    /// <summary>Bytes to read when known in advance (files), else 0: progress then counts sources.</summary>
    long TotalBytes { get; }

    IEnumerable<IngestItem> Read(IngestOptions options, ReadCounters counters, CancellationToken cancellationToken);
}

/// <summary>Several sources read one after the other, as one.</summary>
public sealed class ArticleSources(IReadOnlyList<IArticleSource> sources) : IArticleSource
{
    public int SourceCount => sources.Sum(s => s.SourceCount);

    public long TotalBytes => sources.Any(s => s.TotalBytes == 0 && s.SourceCount > 0) ? 0 : sources.Sum(s => s.TotalBytes);

    public IEnumerable<IngestItem> Read(IngestOptions options, ReadCounters counters, CancellationToken cancellationToken) =>
        sources.SelectMany(s => s.Read(options, counters, cancellationToken));
}
