namespace Marsad.Ingest;

/// <summary>What is wrong with a .gz stream that could not be read to its end.</summary>
internal enum GzipDamageKind
{
    /// <summary>The stream stops before its end: cut mid-stream, at a block boundary, or without its 8-byte trailer.</summary>
    Truncated,

    /// <summary>The data is damaged: its checksum or length does not match, or the compressed data is invalid.</summary>
    Corrupt,

    /// <summary>The file does not start like a gzip file at all.</summary>
    NotGzip,
}

/// <summary>Thrown by <see cref="CheckedGzipStream"/> once every byte decompressed before the damage has been returned.</summary>
internal sealed class GzipDamageException(GzipDamageKind kind, string cause, long bytesOut)
    : IOException(cause)
{
    public GzipDamageKind Kind { get; } = kind;

    /// <summary>Decompressed bytes returned before the damage.</summary>
    public long BytesOut { get; } = bytesOut;
}
