using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Marsad.Ingest.Web;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 feeds with System.ServiceModel.Syndication (11.0.0; it ships a net10.0 build). The XML
/// reader resolves nothing and expands no DTD (a feed cannot pull in files or blow up through entities). Feed dates are
/// read by Marsad's own date reader after RFC 822, because the library's default parser throws on the first date it
/// cannot read and so loses the whole feed: here an unreadable date only leaves that item without a date.
/// </summary>
public static class FeedReader
{
    static FeedReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The feed in <paramref name="body"/>, or null with the reason it is not a readable feed.</summary>
    public static Feed? Read(byte[] body, Uri feedUrl, DateOrder order, out string? failure)
    {
        failure = null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            MaxCharactersFromEntities = 1024,
        };
        try
        {
            using var xml = XmlReader.Create(new MemoryStream(body), settings);
            xml.MoveToContent();
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter();
            if (!formatter.CanRead(xml)) formatter = new Atom10FeedFormatter();
            if (!formatter.CanRead(xml))
            {
                failure = $"its root element <{xml.LocalName}> is neither RSS 2.0 <rss> nor Atom 1.0 <feed>";
                return null;
            }
            formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset time) =>
            {
                // Always "parsed": MinValue marks a date that could not be read, which the item then lacks.
                time = ParseDate(data.DateTimeString, order) ?? DateTimeOffset.MinValue;
                return true;
            };
            formatter.ReadFrom(xml);
            var feed = formatter.Feed;
            var items = feed.Items.Select(item => Item(item, feed, feedUrl)).ToList();
            return new Feed(Clean(feed.Title?.Text), items);
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or FormatException or ArgumentException)
        {
            failure = ex.Message;
            return null;
        }
    }

    private static FeedItem Item(SyndicationItem item, SyndicationFeed feed, Uri feedUrl)
    {
        var baseUrl = item.BaseUri ?? feed.BaseUri;
        var resolvedBase = baseUrl is null ? feedUrl : baseUrl.IsAbsoluteUri ? baseUrl : new Uri(feedUrl, baseUrl);
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
        Uri? absolute = null;
        if (link is not null) Uri.TryCreate(resolvedBase, link, out absolute);
        // RSS puts a permalink guid in Id too; Atom's id is a URN or URL. Either names the item.
        var published = item.PublishDate != DateTimeOffset.MinValue ? item.PublishDate
            : item.LastUpdatedTime != DateTimeOffset.MinValue ? item.LastUpdatedTime : (DateTimeOffset?)null;
        return new FeedItem(Clean(item.Id), absolute, Clean(item.Title?.Text), published);
    }

    private static DateTimeOffset? ParseDate(string? value, DateOrder order)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        string[] rfc822 = ["ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "ddd, d MMM yyyy HH:mm:ss"];
        var numericZone = System.Text.RegularExpressions.Regex.Replace(text, @"([+-]\d\d)(\d\d)$", "$1:$2");
        if (DateTimeOffset.TryParseExact(numericZone, rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var exact))
            return exact;
        return SourceDates.TryParse(text, order, out var time, out _) ? time : null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
