using Marsad.Storage;

namespace Marsad.Ingest;

/// <summary>
/// What an ingest did. <see cref="Read"/> = <see cref="Added"/> + duplicates: every article read was either
/// stored or refused as a copy of one already stored (or read earlier in the same run).
/// </summary>
public sealed record IngestSummary(
    int Files,
    int Read,
    int Added,
    IReadOnlyList<ArticleDuplicate> Duplicates,
    IReadOnlyList<IngestProblem> Problems,
    DateOrder DateOrder = DateOrder.Dmy)
{
    /// <summary>
    /// Set when writing to the store failed (disk full, I/O error) and the ingest stopped there: every count above is
    /// what was committed before the failure, which is kept; the message says what was not written.
    /// </summary>
    public MarsadStoreException? StoreFailure { get; init; }
}
