namespace Marsad.Ingest;

/// <summary>How far reading has got, updated by the reading threads and safe to poll from any thread.</summary>
public sealed class ReadCounters
{
    private long _bytesRead;
    private int _filesDone;

    /// <summary>Bytes of source files consumed so far (compressed bytes for .gz), comparable to <see cref="SourcePlan.TotalBytes"/>.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public int FilesDone => Volatile.Read(ref _filesDone);

    internal void AddBytes(long count) => Interlocked.Add(ref _bytesRead, count);

    internal void FileDone() => Interlocked.Increment(ref _filesDone);
}
