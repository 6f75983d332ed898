namespace Marsad.Ingest;

/// <summary>
/// Work found by a sequential scan of a source (a JSON line, a file) whose costly part — parsing,
/// decoding, hashing — can run on any thread. <see cref="Weight"/> (characters or bytes) bounds how much
/// is held at once.
/// </summary>
internal readonly record struct PendingItem(Func<IngestItem[]> Complete, long Weight)
{
    public static PendingItem Ready(IngestItem item) => new(() => [item], 0);

    public static PendingItem Ready(IngestProblem problem) => Ready(IngestItem.Of(problem));
}
