using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Documents;

namespace Marsad.Ingest;

/// <summary>
/// Maps the fields of a JSON record (a JSON line, or a sidecar next to a .txt) onto an <see cref="Article"/>.
/// Known fields: <c>id</c> (the source's id, kept as <see cref="Article.SourceId"/>), <c>outlet</c>, <c>url</c>,
/// <c>title</c>, <c>text</c>, and the publication time under <c>published</c>, <c>date_published</c> or
/// <c>datePublished</c>. Everything else goes to <see cref="Article.Extra"/> untouched. Fields such as
/// <c>fetched</c> or <c>date</c> are deliberately not read as the publication time: a crawl time or an
/// unspecified date is not when the outlet published, and a wrong date is worse than none for the time step.
/// </summary>
internal static class ArticleFields
{
    private static readonly string[] s_publishedNames = ["published", "date_published", "datePublished"];

    public sealed record Metadata(string? SourceId, string? Outlet, string? Url, string? Title, DateTimeOffset? Published, string? Text,
        JsonObject? Extra, UnreadDate? UnreadDate = null);

    public static Metadata Read(JsonObject record, DateOrder order)
    {
        UnreadDate? unreadDate = null;
        string? sourceId = null, outlet = null, url = null, title = null, text = null;
        DateTimeOffset? published = null;
        JsonObject? extra = null;

        foreach (var name in record.Select(p => p.Key).ToList())
        {
            var node = record[name];
            switch (name)
            {
                case "id": sourceId = Scalar(node); break;
                case "outlet": outlet = Scalar(node); break;
                case "url": url = Scalar(node); break;
                case "title": title = PlainTitle(Scalar(node)); break;
                case "text": text = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null; break;
                default:
                    if (s_publishedNames.Contains(name) && published is null)
                    {
                        var raw = Scalar(node);
                        if (SourceDates.TryParse(raw, order, out var time, out var failure))
                        {
                            published = time;
                            break;
                        }
                        // Kept in Extra below, untouched, so nothing the source said is lost.
                        unreadDate ??= UnreadDate.Of(name, raw ?? node?.ToJsonString(), failure!);
                    }
                    record.Remove(name);
                    (extra ??= [])[name] = node;
                    break;
            }
        }
        return new Metadata(sourceId, Blank(outlet), Blank(url), Blank(title), published, text, extra, published is null ? unreadDate : null);
    }

    private static string? Scalar(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => null,
    };

    /// <summary>
    /// A title as a scraper or a feed re-export wrote it often keeps the page's character references
    /// («&amp;#8220;سيلفي&amp;#8221;», «&amp;quot;»): a title is a line of display text, never markup, so they are read as the
    /// characters they name. The body is left as written: its offsets are the ones every annotation points into.
    /// </summary>
    private static string? PlainTitle(string? value) => value is not null && value.Contains('&') ? System.Net.WebUtility.HtmlDecode(value) : value;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
