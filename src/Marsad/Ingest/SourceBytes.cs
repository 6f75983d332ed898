namespace Marsad.Ingest;

/// <summary>Reads a whole text or HTML file within the size limit and decodes it; shared by both readers.</summary>
internal static class SourceBytes
{
    /// <summary>The decoded text, or null with <paramref name="problem"/>; <paramref name="issues"/> lists what decoding repaired.</summary>
    public static string? ReadText(SourceFile file, IngestOptions options, ReadCounters counters, out IngestProblem? problem,
        out IReadOnlyList<DecodeIssue> issues)
    {
        problem = null;
        issues = [];
        if (file.Length > options.MaxFileBytes)
        {
            counters.AddBytes(file.Length);
            problem = new IngestProblem(file.Path, IngestProblemCodes.TooLarge,
                $"{file.Path} is {file.Length:N0} bytes, over the limit of {options.MaxFileBytes:N0} bytes per file; split it or raise the limit (--max-file-size).");
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = new IngestProblem(file.Path, IngestProblemCodes.Unreadable, $"{file.Path} could not be read: {ex.Message}");
            return null;
        }
        finally
        {
            counters.AddBytes(file.Length);
        }

        var decoded = SourceTextDecoder.Decode(bytes);
        if (!decoded.Succeeded)
        {
            problem = new IngestProblem(file.Path, decoded.ProblemCode!, decoded.ProblemCode == IngestProblemCodes.Empty
                ? $"{file.Path} is empty; remove it or give it the article's text."
                : $"{file.Path} could not be read as text: {decoded.Reason}; save it as UTF-8 or check that it is an article.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            problem = new IngestProblem(file.Path, IngestProblemCodes.Empty, $"{file.Path} holds only white space; remove it or give it the article's text.");
            return null;
        }
        issues = decoded.IssuesOrEmpty;
        return decoded.Text;
    }
}
