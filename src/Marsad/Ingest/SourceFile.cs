namespace Marsad.Ingest;

public enum SourceKind { JsonLines, GzipJsonLines, Text, Html }

/// <summary>One file to read, with its size on disk (compressed size for .gz) for progress reporting.</summary>
public sealed record SourceFile(string Path, SourceKind Kind, long Length)
{
    /// <summary>The kind a file name implies, or null when Marsad does not read that kind of file.</summary>
    public static SourceKind? KindOf(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".jsonl.gz") || name.EndsWith(".ndjson.gz")) return SourceKind.GzipJsonLines;
        return System.IO.Path.GetExtension(name) switch
        {
            ".jsonl" or ".ndjson" => SourceKind.JsonLines,
            ".txt" => SourceKind.Text,
            ".html" or ".htm" => SourceKind.Html,
            _ => null,
        };
    }
}
