namespace Marsad.Ingest;

/// <summary>
/// Work found by a sequential scan of a source (a JSON line, a file) whose costly part — parsing,
/// decoding, hashing — can run on any thread. <see cref="Weight"/> (characters or bytes) bounds how much
/// is held at once.
/// </summary>
internal readonly record struct PendingItem(string Source, Func<IngestItem[]> Complete, long Weight)
{
    public static PendingItem Ready(IngestProblem problem) => new(problem.Path, () => [IngestItem.Of(problem)], 0);

    /// <summary>
    /// Runs the work; an exception no reader anticipated becomes a problem for this source alone, because one
    /// bad input must never stop a batch.
    /// </summary>
    public IngestItem[] CompleteSafely()
    {
        try
        {
            return Complete();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [IngestItem.Of(new IngestProblem(Source, IngestProblemCodes.Unreadable,
                $"{Source} could not be read ({ex.GetType().Name}: {ex.Message}); please report this with the file."))];
        }
    }
}
