using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Documents;

namespace Marsad.Ingest;

/// <summary>
/// Reads JSON Lines, plain or gzipped, one article per line, streaming: only the current lines are in memory,
/// so a 100 MB corpus is never loaded whole. A bad line is reported as <c>PATH:LINE</c> and the next line is read.
/// JSON Lines should be UTF-8, but files exported from old Arabic systems are not always: the file's encoding is
/// detected from the first 64 KB like a text file's (<see cref="SourceTextDecoder"/>), so Windows-1256 or UTF-16
/// lines read correctly and a binary file is reported once rather than as thousands of malformed lines; then each
/// line is decoded on its own evidence (<see cref="LineDecoder"/>), so damaged bytes or a change of encoding anywhere
/// in the file cost that line a flag, never mojibake. A .gz file is checked to its trailer (<see cref="CheckedGzipStream"/>):
/// a cut or damaged file is reported and every whole line before the damage is kept.
/// </summary>
internal static class JsonLinesReader
{
    private static readonly Encoding s_utf8 = new UTF8Encoding(false);

    public static IEnumerable<PendingItem> Read(SourceFile file, IngestOptions options, ReadCounters counters)
    {
        var opened = Open(file, counters, out var decoder, out var problem);
        if (opened is null)
        {
            yield return PendingItem.Ready(problem!);
            yield break;
        }
        using var stream = opened;
        // A character is at most 4 bytes in UTF-8 (and UTF-16 is transcoded to UTF-8), so this bounds memory
        // while the exact limit in characters is checked after decoding.
        var lines = new ByteLineReader(stream, (int)Math.Min(Array.MaxLength, 4L * options.MaxJsonLineChars));
        var records = 0;
        while (true)
        {
            var more = Next(lines, file, records, out var failure);
            if (failure is not null)
            {
                yield return PendingItem.Ready(failure);
                yield break;
            }
            if (!more) break;
            var lineNumber = lines.LineNumber;
            var at = $"{file.Path}:{lineNumber}";
            var bytes = lines.Line;
            if (lineNumber == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            if (!lines.TooLong && bytes.Trim(" \t\r\f\v"u8).IsEmpty) continue;
            records++;
            var issues = new List<DecodeIssue>(0);
            var line = lines.TooLong ? null : decoder!.Decode(bytes, lineNumber, lines.LineStart, issues);
            if (line is null || line.Length > options.MaxJsonLineChars)
            {
                yield return PendingItem.Ready(new IngestProblem(at, IngestProblemCodes.TooLarge,
                    $"line {lineNumber} of {file.Path} is over the limit of {options.MaxJsonLineChars:N0} characters per JSON line; split the article or raise the limit (--max-line-length)."));
                continue;
            }
            yield return new PendingItem(at, () => WithIssues(Parse(line, file.Path, lineNumber, options.DateOrder), file.Path, issues), line.Length);
        }
        if (records == 0)
            yield return PendingItem.Ready(new IngestProblem(file.Path, IngestProblemCodes.Empty,
                $"{file.Path} holds no JSON lines; it is empty or only white space."));
    }

    private static IngestItem[] WithIssues(IngestItem[] parsed, string path, IReadOnlyList<DecodeIssue> issues)
    {
        if (issues.Count == 0) return parsed;
        return [.. DecodeReport.Problems(path, issues).Select(IngestItem.Of),
            .. parsed.Select(i => i.Article is { } article ? IngestItem.Of(article.WithFlags(issues.Select(d => d.Code))) : i)];
    }

    internal static IngestItem[] Parse(string line, string path, int lineNumber, DateOrder order)
    {
        var at = $"{path}:{lineNumber}";
        ArticleFields.Metadata fields;
        try
        {
            if (JsonNode.Parse(line) is not JsonObject record)
                return One(new IngestProblem(at, IngestProblemCodes.MalformedJson,
                    $"line {lineNumber} of {path} is not a JSON object with an article's fields; fix or remove that line."));
            fields = ArticleFields.Read(record, order);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // ArgumentException: a field named twice, found when the object's fields are enumerated.
            return One(new IngestProblem(at, IngestProblemCodes.MalformedJson,
                $"line {lineNumber} of {path} is not valid JSON ({FirstSentence(ex.Message)}); fix or remove that line."));
        }
        if (string.IsNullOrWhiteSpace(fields.Text))
            return One(new IngestProblem(at, IngestProblemCodes.MissingText, fields.Text is null
                ? $"line {lineNumber} of {path} has no \"text\" string with the article's text; add it or remove the line."
                : $"line {lineNumber} of {path} has an empty \"text\"; give the article's text or remove the line."));

        return UnreadDate.Report(fields.UnreadDate, at, $"line {lineNumber} of {path}", new Article
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

    private static IngestItem[] One(IngestProblem problem) => [IngestItem.Of(problem)];

    private const int SniffBytes = 1 << 16;

    private static Stream? Open(SourceFile file, ReadCounters counters, out LineDecoder? decoder, out IngestProblem? problem)
    {
        problem = null;
        decoder = null;
        Stream? stream = null;
        try
        {
            stream = new CountingStream(new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), counters);
            if (file.Kind == SourceKind.GzipJsonLines) stream = new CheckedGzipStream(stream);

            // Read the head by hand: a .gz damaged inside it still gives the bytes before the damage, and the damage
            // is thrown again when the replay reaches it, so it is reported after the lines that were read.
            var head = new byte[SniffBytes];
            var length = 0;
            try
            {
                int read;
                while (length < head.Length && (read = stream.Read(head, length, head.Length - length)) > 0) length += read;
            }
            catch (GzipDamageException ex) when (length > 0 || ex.Kind == GzipDamageKind.Corrupt)
            {
            }
            string? code = null, reason = null;
            var encoding = length == 0
                ? SourceTextDecoder.Utf8
                : SourceTextDecoder.DetectStreamEncoding(head.AsSpan(0, length), more: length == head.Length, out code, out reason);
            if (encoding is null)
            {
                stream.Dispose();
                problem = new IngestProblem(file.Path, code!,
                    $"{file.Path} could not be read as JSON Lines: {reason}; check that the right file was given, or save it as UTF-8.");
                return null;
            }
            Stream body = new ReplayStream(head, length, stream);
            if (encoding is "utf-16le" or "utf-16be")
            {
                // Transcoded to UTF-8 with a strict decoder, so line breaks are single bytes and bad UTF-16 is named.
                var utf16 = new UnicodeEncoding(bigEndian: encoding == "utf-16be", byteOrderMark: true, throwOnInvalidBytes: true);
                body = Encoding.CreateTranscodingStream(body, utf16, s_utf8);
                encoding = SourceTextDecoder.Utf8;
            }
            decoder = new LineDecoder(encoding);
            return body;
        }
        catch (GzipDamageException ex)
        {
            stream?.Dispose();
            problem = GzipProblem(file, ex, lineNumber: 0, records: 0);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            problem = new IngestProblem(file.Path, IngestProblemCodes.Unreadable, $"{file.Path} could not be opened: {ex.Message}");
            return null;
        }
    }

    private static bool Next(ByteLineReader lines, SourceFile file, int records, out IngestProblem? failure)
    {
        failure = null;
        try
        {
            return lines.Next();
        }
        catch (GzipDamageException ex)
        {
            failure = GzipProblem(file, ex, lines.LineNumber, records);
        }
        catch (DecoderFallbackException)
        {
            failure = new IngestProblem($"{file.Path}:{lines.LineNumber + 1}", IngestProblemCodes.Undecodable,
                $"{file.Path} is not valid UTF-16 after line {lines.LineNumber}; the lines before were read, re-export the file to read the rest.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failure = new IngestProblem($"{file.Path}:{lines.LineNumber + 1}", IngestProblemCodes.Unreadable,
                $"{file.Path} could not be read after line {lines.LineNumber}: {ex.Message}");
        }
        return false;
    }

    /// <summary>
    /// A damaged .gz by what is wrong: nothing but a header is <c>truncated</c>; cut after some data is
    /// <c>truncated-gzip</c>; a bad checksum, length or compressed data is <c>undecodable</c> with that cause.
    /// </summary>
    private static IngestProblem GzipProblem(SourceFile file, GzipDamageException ex, int lineNumber, int records)
    {
        var at = lineNumber == 0 ? file.Path : $"{file.Path}:{lineNumber + 1}";
        var kept = records == 0 ? "no article line could be read" : $"the {records:N0} line(s) before line {lineNumber + 1} were read and kept";
        return ex.Kind switch
        {
            GzipDamageKind.Truncated when ex.BytesOut == 0 => new IngestProblem(file.Path, IngestProblemCodes.Truncated,
                $"{file.Path} holds a gzip header but no data ({ex.Message}): the file was cut before its first line; re-create or download it again."),
            GzipDamageKind.Truncated => new IngestProblem(at, IngestProblemCodes.TruncatedGzip,
                $"{file.Path} is incomplete: {ex.Message}, after {ex.BytesOut:N0} bytes of text; {kept}; re-create or download the file again to read the rest."),
            GzipDamageKind.NotGzip => new IngestProblem(file.Path, IngestProblemCodes.Undecodable,
                $"{file.Path} is not a valid gzip file ({ex.Message}); re-create it, or drop the .gz extension if it is not compressed."),
            _ => new IngestProblem(at, IngestProblemCodes.Undecodable,
                $"{file.Path} is damaged: {ex.Message}; {kept}, but they may hold damaged text; re-create or download the file again."),
        };
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
