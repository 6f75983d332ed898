namespace Marsad.Ingest;

/// <summary>
/// A snapshot of an ingest for a progress bar: <see cref="BytesRead"/> of <see cref="BytesTotal"/> is the
/// reliable fraction (article counts are unknown before a JSON Lines file has been read).
/// </summary>
public sealed record IngestProgress(
    int FilesDone,
    int FilesTotal,
    long BytesRead,
    long BytesTotal,
    int ArticlesRead,
    int Added,
    int Duplicates,
    int Problems)
{
    /// <summary>By bytes when the total is known (files), else by sources done (web pages and feeds).</summary>
    public double Fraction => BytesTotal > 0 ? Math.Min(1, (double)BytesRead / BytesTotal)
        : FilesTotal > 0 ? Math.Min(1, (double)FilesDone / FilesTotal) : 1;
}
