using System.Text;

namespace Marsad.Ingest;

/// <summary>
/// Decodes one line of a file whose main encoding is known, deciding on the line's own bytes when they do not fit:
/// <list type="bullet">
/// <item>UTF-8 file: a valid line is UTF-8. A line with more bad bytes than well-formed multi-byte sequences that
/// reads as Arabic in a code page is in that code page (a <c>mixed-encoding</c> issue). Any other line is UTF-8 with
/// its bad bytes replaced by U+FFFD (an <c>invalid-utf8</c> issue with the offset of the first one): a few damaged
/// bytes never turn a UTF-8 line into code-page mojibake.</item>
/// <item>Code-page file: a line that is mostly UTF-8 and reads as Arabic that way is UTF-8 (<c>mixed-encoding</c>,
/// plus <c>invalid-utf8</c> if it has bad bytes), since reading UTF-8 Arabic as Windows-1256 gives «ط£ط¹ظ„ظ†»-style
/// mojibake that is itself Arabic letters and so would pass any letter count. Else the file's code page, or the other
/// Arabic code page when the line has bytes the file's leaves unassigned.</item>
/// </list>
/// </summary>
internal sealed class LineDecoder(string mainEncoding)
{
    public string MainEncoding { get; } = mainEncoding;

    public string Decode(ReadOnlySpan<byte> line, int lineNumber, long lineOffset, List<DecodeIssue> issues)
    {
        var evidence = Utf8Evidence.Of(line);
        if (evidence.IsAscii) return Encoding.ASCII.GetString(line);
        if (MainEncoding == SourceTextDecoder.Utf8) return InUtf8File(line, evidence, lineNumber, lineOffset, issues);
        if (MainEncoding is SourceTextDecoder.Windows1256 or SourceTextDecoder.Iso88596)
            return InCodePageFile(line, evidence, lineNumber, lineOffset, issues);
        throw new InvalidOperationException($"{MainEncoding} is not decoded line by line");
    }

    private static string InUtf8File(ReadOnlySpan<byte> line, Utf8Evidence evidence, int lineNumber, long lineOffset, List<DecodeIssue> issues)
    {
        if (evidence.Invalid == 0) return SourceTextDecoder.ReadUtf8Replacing(line);
        if (!evidence.MostlyUtf8)
        {
            var codePage = SourceTextDecoder.ChooseArabicCodePage(line);
            if (codePage.Succeeded)
            {
                issues.Add(new DecodeIssue(IngestProblemCodes.MixedEncoding, lineNumber, lineOffset, 0, codePage.EncodingName!));
                return codePage.Text!;
            }
        }
        issues.Add(new DecodeIssue(IngestProblemCodes.InvalidUtf8, lineNumber, lineOffset + evidence.FirstInvalid, evidence.Invalid, SourceTextDecoder.Utf8));
        return SourceTextDecoder.ReadUtf8Replacing(line);
    }

    private string InCodePageFile(ReadOnlySpan<byte> line, Utf8Evidence evidence, int lineNumber, long lineOffset, List<DecodeIssue> issues)
    {
        if (evidence.MostlyUtf8)
        {
            var utf8 = SourceTextDecoder.ReadUtf8Replacing(line);
            if (SourceTextDecoder.ArabicShare(utf8) >= 0.5)
            {
                issues.Add(new DecodeIssue(IngestProblemCodes.MixedEncoding, lineNumber, lineOffset, 0, SourceTextDecoder.Utf8));
                if (evidence.Invalid > 0)
                    issues.Add(new DecodeIssue(IngestProblemCodes.InvalidUtf8, lineNumber, lineOffset + evidence.FirstInvalid, evidence.Invalid, SourceTextDecoder.Utf8));
                return utf8;
            }
        }
        if (SourceTextDecoder.ReadIn(MainEncoding, line) is { } text) return text;
        // Only ISO-8859-6 leaves bytes unassigned; Windows-1256 assigns all 256, so it always reads the line.
        issues.Add(new DecodeIssue(IngestProblemCodes.MixedEncoding, lineNumber, lineOffset, 0, SourceTextDecoder.Windows1256));
        return SourceTextDecoder.ReadIn(SourceTextDecoder.Windows1256, line)!;
    }
}
