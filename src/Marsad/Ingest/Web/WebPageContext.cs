using Marsad.Documents;

namespace Marsad.Ingest.Web;

/// <summary>
/// What is known about a fetched page besides its HTML: the URL it was asked for (its <see cref="SourcePath"/>), the URL
/// that answered after redirects, and, for a feed item, the item's id, title and date. The page's own fields win; these
/// fill what it leaves out.
/// </summary>
public sealed record WebPageContext(string SourcePath, Uri Final)
{
    public string? ItemId { get; init; }

    public string? ItemTitle { get; init; }

    public DateTimeOffset? ItemPublished { get; init; }

    /// <summary>The article with what the page did not say taken from here: title and date from the feed item, the
    /// canonical URL made absolute (else the final URL), the outlet from the host name when the page names none.</summary>
    public Article Complete(Article fromPage) => fromPage with
    {
        Title = fromPage.Title ?? ItemTitle,
        Published = fromPage.Published ?? ItemPublished,
        Url = Absolute(fromPage.Url) ?? Final.AbsoluteUri,
        Outlet = fromPage.Outlet ?? Host(Final),
        SourceId = fromPage.SourceId ?? ItemId,
    };

    private string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(Final, url, out var absolute) && WebFetcher.IsWeb(absolute) ? absolute.AbsoluteUri : null;

    private static string Host(Uri url) => url.IdnHost.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.IdnHost[4..] : url.IdnHost;
}
