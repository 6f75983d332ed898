namespace Marsad.Ingest;

/// <summary>
/// Why one input (a file, or one line of a JSON Lines file) could not be read as an article.
/// <see cref="Path"/> names it (with <c>:LINE</c> for a JSON line); <see cref="Code"/> is one of
/// <see cref="IngestProblemCodes"/>; <see cref="Message"/> is one sentence saying what is wrong and what to do.
/// </summary>
public sealed record IngestProblem(string Path, string Code, string Message)
{
    /// <summary>The searchable form of <see cref="Code"/>, e.g. <c>MARSAD-I006</c> for <c>malformed-json</c>.</summary>
    public string StableCode => IngestProblemCodes.StableCodeOf(Code);

    public override string ToString() => $"{Path}: {StableCode} {Code}: {Message}";
}

/// <summary>Stable reason codes for <see cref="IngestProblem"/>; scripts match on them, so never rename one.</summary>
public static class IngestProblemCodes
{
    /// <summary>The path does not exist.</summary>
    public const string NotFound = "not-found";

    /// <summary>The file holds NUL or control bytes that no text encoding explains (an image, an archive…).</summary>
    public const string Binary = "binary";

    /// <summary>The file, or its text after decoding, is empty or only white space.</summary>
    public const string Empty = "empty";

    /// <summary>The bytes are not UTF-8 or UTF-16 and do not read as Arabic in Windows-1256 or ISO-8859-6; or a .gz stream is corrupt.</summary>
    public const string Undecodable = "undecodable";

    /// <summary>The file, or one JSON line, is over the size limit of <see cref="IngestOptions"/>.</summary>
    public const string TooLarge = "too-large";

    /// <summary>A JSON line (or sidecar) is not a JSON object.</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>A JSON record, or an HTML page, has no article text.</summary>
    public const string MissingText = "missing-text";

    /// <summary>The operating system refused to read the file (permissions, I/O error).</summary>
    public const string Unreadable = "unreadable";

    /// <summary>A file named explicitly has an extension Marsad does not read.</summary>
    public const string Unsupported = "unsupported";

    /// <summary>
    /// Bytes of a UTF-8 file (or line) that are not valid UTF-8: replaced by U+FFFD, reported with line and byte offset,
    /// and flagged on the article, which is stored.
    /// </summary>
    public const string InvalidUtf8 = "invalid-utf8";

    /// <summary>A line is in another encoding than the rest of its file; it was read in its own and the article flagged.</summary>
    public const string MixedEncoding = "mixed-encoding";

    /// <summary>A .gz file cut short (mid-stream, at a block boundary, or without its trailer); the lines before the cut are kept.</summary>
    public const string TruncatedGzip = "truncated-gzip";

    /// <summary>A file holding only the start of its format (a gzip header and no data): cut before any content.</summary>
    public const string Truncated = "truncated";

    /// <summary>A publication date in the source that is not a date Marsad can read (kept in extra, article flagged).</summary>
    public const string UnparseableDate = "unparseable-date";

    /// <summary>A publication date no news article can have (year 1, 9999): refused, kept in extra, article flagged.</summary>
    public const string ImplausibleDate = "implausible-date";

    /// <summary>An HTML page nested deeper than the reader keeps; the deeper tags were dropped, their text kept, the article flagged.</summary>
    public const string HtmlTooDeep = "html-too-deep";

    /// <summary>A FIFO, device or socket where a file was expected: skipped, since reading it could wait forever or never end.</summary>
    public const string SpecialFile = "special-file";

    /// <summary>A web page or feed did not answer within the fetch timeout (<c>--timeout</c>).</summary>
    public const string FetchTimeout = "fetch-timeout";

    /// <summary>A web page or feed is larger than the size limit (<c>--max-file-size</c>); it was not read past the limit.</summary>
    public const string FetchTooLarge = "fetch-too-large";

    /// <summary>The server answered with an HTTP status other than success (404, 500…).</summary>
    public const string HttpStatus = "http-status";

    /// <summary>The host resolves only to an address Marsad does not fetch (loopback, private, link-local, metadata…) and
    /// <c>--allow-host</c> does not name it; no connection was made.</summary>
    public const string BlockedAddress = "blocked-address";

    /// <summary>A URL answered with something that is neither an HTML page nor an RSS or Atom feed (an image, a PDF…).</summary>
    public const string NotHtml = "not-html";

    /// <summary>The host could not be resolved or reached, or the connection failed (DNS, TLS, reset).</summary>
    public const string FetchFailed = "fetch-failed";

    /// <summary>More redirects than the limit, or a redirect loop.</summary>
    public const string TooManyRedirects = "too-many-redirects";

    /// <summary>Not an http or https URL (also a redirect to another scheme), or a URL that cannot be parsed.</summary>
    public const string UnsupportedUrl = "unsupported-url";

    /// <summary>A feed that is not well-formed RSS 2.0 or Atom 1.0 XML.</summary>
    public const string MalformedFeed = "malformed-feed";

    /// <summary>The article is stored, but a step of the analysis failed on it (MARSAD-P003 names the step); the other
    /// articles are analysed, and <c>marsad analyze</c> without a PATH tries it again.</summary>
    public const string AnalysisFailed = "analysis-failed";

    private static readonly string[] s_ordered =
        [NotFound, Binary, Empty, Undecodable, TooLarge, MalformedJson, MissingText, Unreadable, Unsupported,
         InvalidUtf8, MixedEncoding, TruncatedGzip, Truncated, UnparseableDate, ImplausibleDate, HtmlTooDeep, SpecialFile,
         FetchTimeout, FetchTooLarge, HttpStatus, BlockedAddress, NotHtml, FetchFailed, TooManyRedirects, UnsupportedUrl, MalformedFeed, AnalysisFailed];

    /// <summary><c>MARSAD-I001</c>… in the order above; append new codes, never renumber.</summary>
    public static string StableCodeOf(string code)
    {
        var index = Array.IndexOf(s_ordered, code);
        return index < 0 ? "MARSAD-I000" : $"MARSAD-I{index + 1:D3}";
    }
}
