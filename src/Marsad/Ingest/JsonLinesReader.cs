using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Documents;

namespace Marsad.Ingest;

/// <summary>
/// Reads JSON Lines, plain or gzipped, one article per line, streaming: only the current lines are in memory,
/// so a 100 MB corpus is never loaded whole. A bad line is reported as <c>PATH:LINE</c> and the next line is read;
/// a corrupt gzip stream ends that file with a problem. JSON Lines should be UTF-8, but files exported from old
/// Arabic systems are not always: the encoding is detected from the first 64 KB like a text file's
/// (<see cref="SourceTextDecoder"/>), so Windows-1256 or UTF-16 lines read correctly and a binary file is
/// reported once rather than as thousands of malformed lines.
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
            records++;
            var lineNumber = lines.LineNumber;
            yield return new PendingItem(at, () => [Parse(line, file.Path, lineNumber)], line.Length);
        }
        if (records == 0)
            yield return PendingItem.Ready(new IngestProblem(file.Path, IngestProblemCodes.Empty,
                $"{file.Path} holds no JSON lines; it is empty or only white space."));
    }

    internal static IngestItem Parse(string line, string path, int lineNumber)
    {
        var at = $"{path}:{lineNumber}";
        ArticleFields.Metadata fields;
        try
        {
            if (JsonNode.Parse(line) is not JsonObject record)
                return IngestItem.Of(new IngestProblem(at, IngestProblemCodes.MalformedJson,
                    $"line {lineNumber} of {path} is not a JSON object with an article's fields; fix or remove that line."));
            fields = ArticleFields.Read(record);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // ArgumentException: a field named twice, found when the object's fields are enumerated.
            return IngestItem.Of(new IngestProblem(at, IngestProblemCodes.MalformedJson,
                $"line {lineNumber} of {path} is not valid JSON ({FirstSentence(ex.Message)}); fix or remove that line."));
        }
        if (string.IsNullOrWhiteSpace(fields.Text))
            return IngestItem.Of(new IngestProblem(at, IngestProblemCodes.MissingText, fields.Text is null
                ? $"line {lineNumber} of {path} has no \"text\" string with the article's text; add it or remove the line."
                : $"line {lineNumber} of {path} has an empty \"text\"; give the article's text or remove the line."));

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

    private const int SniffBytes = 1 << 16;

    private static TextReader? Open(SourceFile file, ReadCounters counters, out IngestProblem? problem)
    {
        problem = null;
        Stream? stream = null;
        try
        {
            stream = new CountingStream(new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), counters);
            if (file.Kind == SourceKind.GzipJsonLines) stream = new GZipStream(stream, CompressionMode.Decompress);

            var head = new byte[SniffBytes];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            string? code = null, reason = null;
            var encoding = length == 0
                ? Encoding.UTF8
                : SourceTextDecoder.DetectStreamEncoding(head.AsSpan(0, length), more: length == head.Length, out code, out reason);
            if (encoding is null)
            {
                stream.Dispose();
                problem = new IngestProblem(file.Path, code!,
                    $"{file.Path} could not be read as JSON Lines: {reason}; check that the right file was given, or save it as UTF-8.");
                return null;
            }
            return new StreamReader(new ReplayStream(head, length, stream), encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (InvalidDataException ex)
        {
            stream?.Dispose();
            problem = new IngestProblem(file.Path, IngestProblemCodes.Undecodable, $"{file.Path} is not a valid gzip file ({ex.Message}); re-create it, or drop the .gz extension if it is not compressed.");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
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
