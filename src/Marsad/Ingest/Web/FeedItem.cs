namespace Marsad.Ingest.Web;

/// <summary>One entry of an RSS or Atom feed: what the feed says about an article whose page is at <see cref="Link"/>.</summary>
public sealed record FeedItem(string? Id, Uri? Link, string? Title, DateTimeOffset? Published)
{
    /// <summary>How a watched feed remembers the item: its id (RSS guid, Atom id), else its link.</summary>
    public string? Key => Id ?? Link?.AbsoluteUri;
}

/// <summary>A feed's title and items, in the order the feed lists them.</summary>
public sealed record Feed(string? Title, IReadOnlyList<FeedItem> Items);
