using System.Text;

namespace Marsad.Ingest;

/// <summary>
/// The text of a file and the encoding it was read in, or the reason it could not be read. <see cref="Issues"/> lists
/// what decoding had to repair or decide line by line (bytes replaced, a line in another encoding): the text is kept,
/// and the reader reports each issue and flags the article.
/// </summary>
public readonly record struct DecodedText(string? Text, string? EncodingName, string? ProblemCode, string? Reason, IReadOnlyList<DecodeIssue>? Issues = null)
{
    public bool Succeeded => Text is not null;

    public IReadOnlyList<DecodeIssue> IssuesOrEmpty => Issues ?? [];
}

/// <summary>
/// Turns the bytes of a text or HTML file into text, detecting the encodings Arabic news is found in.
/// In order:
/// <list type="number">
/// <item>A byte-order mark decides: UTF-8 (EF BB BF), UTF-16 LE (FF FE), UTF-16 BE (FE FF).</item>
/// <item>NUL bytes without a BOM: UTF-16 if the high byte of nearly every code unit is 00 (Latin, digits, spaces)
/// or 06 (Arabic letters) or one of the few other blocks news uses; LE or BE is whichever side of each pair
/// that pattern sits on. NULs that fit neither side mean a binary file.</item>
/// <item>Other control bytes (not tab, line feed, form feed, carriage return) in more than 0.5% of the bytes: binary.</item>
/// <item>Valid UTF-8 is UTF-8 (ASCII included).</item>
/// <item>Otherwise the file's encoding is decided on the evidence of the whole input (<see cref="Utf8Evidence"/>):
/// more well-formed multi-byte UTF-8 sequences than bad bytes is UTF-8 with damage, never a code page; else a
/// single-byte Arabic code page, Windows-1256 or ISO-8859-6, see <see cref="ChooseArabicCodePage"/>. Each line is
/// then read by <see cref="LineDecoder"/>, so one damaged or differently encoded line costs that line alone.</item>
/// </list>
/// Hand-written because .NET only detects BOMs. UTF.Unknown (a uchardet port) does tell Windows-1256 from
/// ISO-8859-6 on full sentences, but it guesses among every code page it knows, so short texts go astray
/// (it read a Windows-1256 "مرحبا بكم" as ISO-8859-7 Greek); we only ever want one of the two Arabic code
/// pages or a clear refusal, which the byte-range rule below gives deterministically in a few lines.
/// Known limit: an ISO-8859-6 text of a few words with none of ق ه و ى ي (and no tatweel or vowel marks) also reads
/// as Arabic in Windows-1256, and is taken as Windows-1256.
/// </summary>
public static class SourceTextDecoder
{
    private static readonly Encoding s_utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding s_utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding s_utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding s_windows1256;
    private static readonly Encoding s_iso88596;

    static SourceTextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        s_windows1256 = Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        s_iso88596 = Encoding.GetEncoding(28596, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return Problem(IngestProblemCodes.Empty, "the file is empty");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return ByLine(bytes[3..], Utf8, firstByte: 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(s_utf16Le, "utf-16le", bytes[2..], "it starts with a UTF-16 LE byte-order mark but is not valid UTF-16");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(s_utf16Be, "utf-16be", bytes[2..], "it starts with a UTF-16 BE byte-order mark but is not valid UTF-16");

        if (bytes.Contains((byte)0))
        {
            var littleEndian = Utf16HighByteShare(bytes, highByteOffset: 1);
            var bigEndian = Utf16HighByteShare(bytes, highByteOffset: 0);
            const double threshold = 0.9;
            if (Math.Max(littleEndian, bigEndian) < threshold || bytes.Length % 2 != 0)
                return Problem(IngestProblemCodes.Binary, "it contains NUL bytes that do not form UTF-16 text");
            return littleEndian >= bigEndian
                ? Strict(s_utf16Le, "utf-16le", bytes, "it looks like UTF-16 LE but is not valid UTF-16")
                : Strict(s_utf16Be, "utf-16be", bytes, "it looks like UTF-16 BE but is not valid UTF-16");
        }

        if (ControlByteCount(bytes) * 200L > bytes.Length)
            return Problem(IngestProblemCodes.Binary, "it contains control bytes that text does not");

        var evidence = Utf8Evidence.Of(bytes);
        if (evidence.Invalid == 0) return new DecodedText(s_utf8.GetString(bytes), Utf8, null, null);
        if (evidence.MostlyUtf8) return ByLine(bytes, Utf8, firstByte: 0);
        var codePage = ChooseArabicCodePage(bytes);
        return codePage.Succeeded ? ByLine(bytes, codePage.EncodingName!, firstByte: 0) : codePage;
    }

    internal const string Utf8 = "utf-8";
    internal const string Windows1256 = "windows-1256";
    internal const string Iso88596 = "iso-8859-6";

    /// <summary>Reads line by line in <paramref name="mainEncoding"/>, each line decided on its own evidence.</summary>
    private static DecodedText ByLine(ReadOnlySpan<byte> bytes, string mainEncoding, long firstByte)
    {
        var decoder = new LineDecoder(mainEncoding);
        var issues = new List<DecodeIssue>();
        var text = new StringBuilder(bytes.Length);
        var line = 1;
        long offset = firstByte;
        while (true)
        {
            var end = bytes.IndexOf((byte)'\n');
            var content = end < 0 ? bytes : bytes[..end];
            text.Append(decoder.Decode(content, line, offset, issues));
            if (end < 0) break;
            text.Append('\n');
            bytes = bytes[(end + 1)..];
            offset += end + 1;
            line++;
        }
        return new DecodedText(text.ToString(), mainEncoding, null, null, issues);
    }

    /// <summary>The bytes read in <paramref name="encoding"/> when every byte is assigned there, else null.</summary>
    internal static string? ReadIn(string encoding, ReadOnlySpan<byte> bytes) => encoding switch
    {
        Utf8 => TryDecode(s_utf8, bytes, out var utf8) ? utf8 : null,
        Windows1256 => TryDecodeAssigned(s_windows1256, bytes, out var windows) ? windows : null,
        Iso88596 => TryDecodeAssigned(s_iso88596, bytes, out var iso) ? iso : null,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };

    /// <summary>UTF-8 with every ill-formed sequence replaced by U+FFFD.</summary>
    internal static string ReadUtf8Replacing(ReadOnlySpan<byte> bytes) => s_utf8Replacing.GetString(bytes);

    private static readonly Encoding s_utf8Replacing = new UTF8Encoding(false, throwOnInvalidBytes: false);

    /// <summary>
    /// Windows-1256 and ISO-8859-6 put the Arabic letters at different bytes, and each leaves holes where
    /// the other has common letters: in ISO-8859-6, 0x80–0x9F are C1 controls and 0xDB–0xDF, 0xF3–0xFF are
    /// unassigned, while Windows-1256 puts غ ـ ف ق ك at 0xDB–0xDF and letters or marks at 0x80–0x9F and 0xF3–0xFF;
    /// ف ق ك are in almost every Arabic sentence. Conversely ISO-8859-6 puts ه و ى ي at 0xE7–0xEA, where
    /// Windows-1256 has the Latin ç è é ê. So: a code page is out when a byte is unassigned in it; of those left,
    /// the one that reads more of the non-ASCII characters as Arabic letters wins, Windows-1256 on a tie
    /// (the more common of the two). If the winner still reads fewer than half of them as Arabic, the text is in
    /// some other encoding we cannot tell, and saying so beats storing mojibake.
    /// </summary>
    internal static DecodedText ChooseArabicCodePage(ReadOnlySpan<byte> bytes)
    {
        var windows = TryDecodeAssigned(s_windows1256, bytes, out var windowsText) ? ArabicShare(windowsText!) : -1;
        var iso = TryDecodeAssigned(s_iso88596, bytes, out var isoText) ? ArabicShare(isoText!) : -1;
        var (text, name, share) = iso > windows ? (isoText, Iso88596, iso) : (windowsText, Windows1256, windows);
        if (text is null || share < 0.5)
            return Problem(IngestProblemCodes.Undecodable,
                "it is not UTF-8 or UTF-16 and does not read as Arabic in Windows-1256 or ISO-8859-6");
        return new DecodedText(text, name, null, null);
    }

    // .NET decodes bytes a code page leaves unassigned to private-use characters (U+F7xx) instead of failing,
    // and ISO-8859-6's 0x80–0x9F to C1 controls; either means the bytes are not in that code page.
    private static bool TryDecodeAssigned(Encoding encoding, ReadOnlySpan<byte> bytes, out string? text)
    {
        if (!TryDecode(encoding, bytes, out text)) return false;
        foreach (var c in text!)
            if (c is >= '\u0080' and <= '\u009F' or >= '\uE000' and <= '\uF8FF') return false;
        return true;
    }

    /// <summary>
    /// The main encoding of a stream judged from its first bytes (<paramref name="head"/>), by the same rules as
    /// <see cref="Decode"/>: "utf-8", "utf-16le", "utf-16be", "windows-1256" or "iso-8859-6", or null with the
    /// problem code and reason. When more follows, the head is cut at its last line break (or, for UTF-16, to whole
    /// code units) so a character split at the cut is not mistaken for bad bytes. Lines after the head are still
    /// decided one by one (<see cref="LineDecoder"/>), so a change of encoding later in the stream is caught there.
    /// </summary>
    internal static string? DetectStreamEncoding(ReadOnlySpan<byte> head, bool more, out string? problemCode, out string? reason)
    {
        if (more)
        {
            var lastBreak = head.LastIndexOf((byte)'\n');
            head = head.Contains((byte)0) ? head[..(head.Length & ~1)]
                : lastBreak > 0 ? head[..(lastBreak + 1)]
                : WithoutIncompleteUtf8Tail(head);
        }
        var decoded = Decode(head);
        problemCode = decoded.ProblemCode;
        reason = decoded.Reason;
        return decoded.EncodingName;
    }

    // A head cut inside a long line may end in the middle of a UTF-8 sequence; drop that partial character.
    private static ReadOnlySpan<byte> WithoutIncompleteUtf8Tail(ReadOnlySpan<byte> head)
    {
        for (var back = 1; back <= Math.Min(4, head.Length); back++)
        {
            var b = head[^back];
            if ((b & 0xC0) == 0x80) continue;                  // continuation byte: keep looking for the lead
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? head[..^back] : head;
        }
        return head;
    }

    internal static double ArabicShare(string text)
    {
        int nonAscii = 0, arabic = 0;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            nonAscii++;
            if (c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFEFF' or '\u00A0' or '\u00AB' or '\u00BB'
                or >= '\u2000' and <= '\u206F') arabic++;
        }
        return nonAscii == 0 ? 1 : (double)arabic / nonAscii;
    }

    private static double Utf16HighByteShare(ReadOnlySpan<byte> bytes, int highByteOffset)
    {
        var sample = bytes[..Math.Min(bytes.Length & ~1, 1 << 16)];
        int units = 0, textLike = 0;
        for (var i = highByteOffset; i < sample.Length; i += 2)
        {
            units++;
            // 00 Latin, digits, spaces; 06 Arabic; 20 punctuation and bidi marks; FB–FE Arabic presentation forms and BOM.
            if (sample[i] is 0x00 or 0x06 or 0x20 or >= 0xFB and <= 0xFE) textLike++;
        }
        // A code unit whose low byte is also NUL is U+0000 or U+xx00: rare in text, common in binary data.
        return units == 0 ? 0 : (double)textLike / units;
    }

    private static int ControlByteCount(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C) count++;
        return count;
    }

    private static DecodedText Strict(Encoding encoding, string name, ReadOnlySpan<byte> bytes, string failure) =>
        TryDecode(encoding, bytes, out var text)
            ? new DecodedText(text, name, null, null)
            : Problem(IngestProblemCodes.Undecodable, failure);

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string? text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    private static DecodedText Problem(string code, string reason) => new(null, null, code, reason);
}
