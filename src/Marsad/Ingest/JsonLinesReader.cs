using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Documents;

namespace Marsad.Ingest;

/// <summary>
/// Reads JSON Lines, plain or gzipped, one article per line, streaming: only the current lines are in memory,
/// so a 100 MB corpus is never loaded whole. A bad line is reported as <c>PATH:LINE</c> and the next line is read;
/// a corrupt gzip stream ends that file with a problem. Lines are UTF-8 (JSON's encoding); a BOM for UTF-16 is honoured.
/// </summary>
internal static class JsonLinesReader
{
    public static IEnumerable<PendingItem> Read(SourceFile file, IngestOptions options, ReadCounters counters)
    {
        var opened = Open(file, counters, out var problem);
        if (opened is null)
        {
            yield return PendingItem.Ready(problem!);
            yield break;
        }
        using var reader = opened;
        var lines = new BoundedLineReader(reader, options.MaxJsonLineChars);
        var records = 0;
        while (true)
        {
            var line = Next(lines, file, out var tooLong, out var failure);
            if (failure is not null)
            {
                yield return PendingItem.Ready(failure);
                yield break;
            }
            if (line is null) break;
            var at = $"{file.Path}:{lines.LineNumber}";
            if (tooLong)
            {
                records++;
                yield return PendingItem.Ready(new IngestProblem(at, IngestProblemCodes.TooLarge,
                    $"line {lines.LineNumber} of {file.Path} is over the limit of {options.MaxJsonLineChars:N0} characters per JSON line; split the article or raise the limit."));
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (records == 0 && line.Contains('\0'))
            {
                yield return PendingItem.Ready(new IngestProblem(file.Path, IngestProblemCodes.Binary,
                    $"{file.Path} contains NUL bytes, so it is not JSON Lines text; check that the right file was given."));
                yield break;
            }
            records++;
            var lineNumber = lines.LineNumber;
            yield return new PendingItem(() => [Parse(line, file.Path, lineNumber)], line.Length);
        }
        if (records == 0)
            yield return PendingItem.Ready(new IngestProblem(file.Path, IngestProblemCodes.Empty,
                $"{file.Path} holds no JSON lines; it is empty or only white space."));
    }

    internal static IngestItem Parse(string line, string path, int lineNumber)
    {
        var at = $"{path}:{lineNumber}";
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException ex)
        {
            return IngestItem.Of(new IngestProblem(at, IngestProblemCodes.MalformedJson,
                $"line {lineNumber} of {path} is not valid JSON ({FirstSentence(ex.Message)}); fix or remove that line."));
        }
        if (node is not JsonObject record)
            return IngestItem.Of(new IngestProblem(at, IngestProblemCodes.MalformedJson,
                $"line {lineNumber} of {path} is a JSON {node?.GetValueKind().ToString().ToLowerInvariant() ?? "null"}, not an object with an article's fields."));

        var fields = ArticleFields.Read(record);
        if (string.IsNullOrWhiteSpace(fields.Text))
            return IngestItem.Of(new IngestProblem(at, IngestProblemCodes.MissingText,
                $"line {lineNumber} of {path} has no \"text\" string with the article's text; add it or remove the line."));

        return IngestItem.Of(new Article
        {
            Id = ArticleIdentity.Of(fields.Text),
            Text = fields.Text,
            SourceId = fields.SourceId,
            Outlet = fields.Outlet,
            Url = fields.Url,
            Title = fields.Title,
            Published = fields.Published,
            SourcePath = at,
            Extra = fields.Extra,
        });
    }

    private static TextReader? Open(SourceFile file, ReadCounters counters, out IngestProblem? problem)
    {
        problem = null;
        try
        {
            Stream stream = new CountingStream(new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), counters);
            if (file.Kind == SourceKind.GzipJsonLines) stream = new GZipStream(stream, CompressionMode.Decompress);
            return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = new IngestProblem(file.Path, IngestProblemCodes.Unreadable, $"{file.Path} could not be opened: {ex.Message}");
            return null;
        }
    }

    private static string? Next(BoundedLineReader lines, SourceFile file, out bool tooLong, out IngestProblem? failure)
    {
        failure = null;
        try
        {
            return lines.ReadLine(out tooLong);
        }
        catch (InvalidDataException ex)
        {
            tooLong = false;
            failure = new IngestProblem($"{file.Path}:{lines.LineNumber + 1}", IngestProblemCodes.Undecodable,
                $"{file.Path} is not a valid gzip stream after line {lines.LineNumber} ({ex.Message}); the lines before were read, re-create the file to read the rest.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            tooLong = false;
            failure = new IngestProblem($"{file.Path}:{lines.LineNumber + 1}", IngestProblemCodes.Unreadable,
                $"{file.Path} could not be read after line {lines.LineNumber}: {ex.Message}");
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
