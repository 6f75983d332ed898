namespace Marsad.Ingest;

/// <summary>Limits and tuning for reading sources and writing them to the store.</summary>
public sealed record IngestOptions
{
    public static readonly IngestOptions Default = new();

    /// <summary>A text or HTML file bigger than this is reported as too large rather than read.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>A JSON line longer than this (in characters) is reported as too large; the rest of the file is still read.</summary>
    public int MaxJsonLineChars { get; init; } = 5 * 1024 * 1024;

    /// <summary>How all-numeric publication dates (<c>05/07/2015</c>) are read; day first by default, as Arabic news writes them.</summary>
    public DateOrder DateOrder { get; init; } = DateOrder.Dmy;

    /// <summary>Articles written per transaction; a crash loses at most the chunk being written.</summary>
    public int ChunkSize { get; init; } = 1000;

    /// <summary>Threads parsing and hashing articles. Writing always stays on one thread.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
