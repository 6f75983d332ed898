using System.Text;

namespace Marsad.Ingest.Web;

public enum WebContentKind { Html, Feed, Other }

/// <summary>What a fetched body is, and its text when it is a page.</summary>
internal static class WebContent
{
    static WebContent() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// By the Content-Type when it is specific (text/html, application/xhtml+xml; RSS, Atom or XML), else — no type, or
    /// text/plain and octet-stream that servers send for anything — by the first markup in the body.
    /// </summary>
    public static WebContentKind KindOf(string? mediaType, byte[] body)
    {
        switch (mediaType)
        {
            case "text/html" or "application/xhtml+xml": return WebContentKind.Html;
            case "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" or "application/xml" or "text/xml":
                return Sniff(body) == WebContentKind.Html ? WebContentKind.Html : WebContentKind.Feed;
            case null or "" or "text/plain" or "application/octet-stream" or "binary/octet-stream": return Sniff(body);
            default: return WebContentKind.Other;
        }
    }

    private static WebContentKind Sniff(byte[] body)
    {
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (head.StartsWith("<!doctype html") || head.StartsWith("<html")) return WebContentKind.Html;
        if (head.StartsWith("<rss") || head.StartsWith("<feed") || head.StartsWith("<?xml") && (head.Contains("<rss") || head.Contains("<feed")))
            return WebContentKind.Feed;
        if (head.StartsWith("<?xml") && head.Contains("<html")) return WebContentKind.Html;
        return WebContentKind.Other;
    }

    /// <summary>
    /// The page's text by <see cref="SourceTextDecoder"/>, which decides on the bytes themselves (a wrong declaration is
    /// common on Arabic sites). The declared charset (header, else &lt;meta charset&gt;) settles the one thing the bytes
    /// cannot: Windows-1256 against ISO-8859-6 on a short text; and it is used, strictly, when the bytes are in neither
    /// UTF-8 nor an Arabic code page.
    /// </summary>
    public static DecodedText Decode(byte[] body, string? headerCharset)
    {
        var decoded = SourceTextDecoder.Decode(body);
        var declared = Normalize(headerCharset ?? MetaCharset(body));
        if (declared is null) return decoded;
        if (decoded.Succeeded)
        {
            if (decoded.EncodingName is SourceTextDecoder.Windows1256 or SourceTextDecoder.Iso88596 && declared != decoded.EncodingName
                && declared is SourceTextDecoder.Windows1256 or SourceTextDecoder.Iso88596
                && SourceTextDecoder.ReadIn(declared, body) is { } text)
                return new DecodedText(text, declared, null, null);
            return decoded;
        }
        if (decoded.ProblemCode != IngestProblemCodes.Undecodable) return decoded;
        try
        {
            var encoding = Encoding.GetEncoding(declared, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return new DecodedText(encoding.GetString(body), declared, null, null);
        }
        catch (Exception ex) when (ex is ArgumentException or DecoderFallbackException)
        {
            return decoded;
        }
    }

    private static string? Normalize(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        return name switch
        {
            "utf8" => SourceTextDecoder.Utf8,
            "cp1256" or "windows1256" or "x-cp1256" => SourceTextDecoder.Windows1256,
            "iso8859-6" or "iso_8859-6" or "arabic" => SourceTextDecoder.Iso88596,
            _ => name,
        };
    }

    // <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…"> in the first 2 KB.
    private static string? MetaCharset(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 2048));
        var match = System.Text.RegularExpressions.Regex.Match(head, @"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return match.Success ? match.Groups[1].Value : null;
    }
}
