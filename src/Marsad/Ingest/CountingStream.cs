namespace Marsad.Ingest;

/// <summary>A read-only pass-through that tells <see cref="ReadCounters"/> how many bytes were consumed, so a
/// progress bar over a 100 MB .gz file moves as the compressed bytes are read rather than jumping at the end.</summary>
internal sealed class CountingStream(Stream inner, ReadCounters counters) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private int Counted(int read)
    {
        counters.AddBytes(read);
        return read;
    }
}
