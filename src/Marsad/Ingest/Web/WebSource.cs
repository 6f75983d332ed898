namespace Marsad.Ingest.Web;

/// <summary>
/// Articles from URLs: an HTML page is one article (<see cref="HtmlArticleReader.FromWebPage"/>); an RSS or Atom feed
/// is read (<see cref="FeedReader"/>) and each item's link fetched as a page, the item's title and date standing in for
/// what the page does not say. Every failure is a named problem for that URL or item and reading goes on, so one dead
/// link never costs the rest of the feed. Pages of a feed are fetched <see cref="FetchOptions.Parallelism"/> at a time
/// and yielded in the feed's order.
/// </summary>
public sealed class WebSource(IReadOnlyList<Uri> urls, WebFetcher fetcher, IFeedItemFilter? filter = null) : IArticleSource
{
    private readonly int _parallelism = 4;

    public int SourceCount => urls.Count;

    public long TotalBytes => 0;

    /// <summary>Fetches at once per feed (at least 1).</summary>
    public int Parallelism { get => _parallelism; init => _parallelism = Math.Max(1, value); }

    public IEnumerable<IngestItem> Read(IngestOptions options, ReadCounters counters, CancellationToken cancellationToken)
    {
        // A page listed by two feeds (or a feed and the command line) is fetched once per read.
        var attempted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in urls)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!attempted.Add(url.AbsoluteUri)) continue;
            foreach (var item in ReadUrl(url, options, counters, attempted, cancellationToken)) yield return item;
            counters.FileDone();
        }
    }

    private IEnumerable<IngestItem> ReadUrl(Uri url, IngestOptions options, ReadCounters counters, HashSet<string> attempted, CancellationToken cancellationToken)
    {
        var outcome = fetcher.Fetch(url, cancellationToken);
        if (outcome.Problem is { } problem) return [IngestItem.Of(problem)];
        var resource = outcome.Resource!;
        counters.AddBytes(resource.Body.Length);
        return WebContent.KindOf(resource.MediaType, resource.Body) switch
        {
            WebContentKind.Html => Page(resource, new WebPageContext(url.OriginalString, resource.Final), options),
            WebContentKind.Feed => FeedItems(resource, options, counters, attempted, cancellationToken),
            _ => [IngestItem.Of(NotHtml(url.OriginalString, resource))],
        };
    }

    private static IngestItem[] Page(FetchedResource resource, WebPageContext context, IngestOptions options)
    {
        var decoded = WebContent.Decode(resource.Body, resource.Charset);
        if (!decoded.Succeeded || string.IsNullOrWhiteSpace(decoded.Text))
            return [IngestItem.Of(new IngestProblem(context.SourcePath, decoded.ProblemCode ?? IngestProblemCodes.Empty,
                $"{context.SourcePath} could not be read as text: {decoded.Reason ?? "the page is empty"}."))];
        return new PendingItem(context.SourcePath, () => HtmlArticleReader.FromWebPage(decoded.Text!, context, options, decoded.IssuesOrEmpty), 0)
            .CompleteSafely();
    }

    private IEnumerable<IngestItem> FeedItems(FetchedResource resource, IngestOptions options, ReadCounters counters, HashSet<string> attempted,
        CancellationToken cancellationToken)
    {
        var feedUrl = resource.Requested;
        var feed = FeedReader.Read(resource.Body, resource.Final, options.DateOrder, out var failure);
        if (feed is null)
        {
            yield return IngestItem.Of(new IngestProblem(feedUrl.OriginalString, IngestProblemCodes.MalformedFeed,
                $"{feedUrl.OriginalString} looks like a feed but is not readable RSS 2.0 or Atom 1.0: {failure}"));
            yield break;
        }
        var items = feed.Items.Where(i => filter?.IsKnown(feedUrl, i) != true && (i.Link is null || attempted.Add(i.Link.AbsoluteUri))).ToList();
        // A window of fetches runs ahead of the one being yielded: bounded memory, feed order kept.
        var window = new Queue<(FeedItem Item, Task<IngestItem[]> Read)>();
        var next = 0;
        while (next < items.Count || window.Count > 0)
        {
            while (window.Count < _parallelism && next < items.Count)
            {
                var item = items[next++];
                window.Enqueue((item, Task.Run(() => ReadItemAsync(feedUrl, item, options, counters, cancellationToken), cancellationToken)));
            }
            var (done, read) = window.Dequeue();
            IngestItem[] results;
            try
            {
                results = read.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                foreach (var (_, pending) in window) pending.ContinueWith(_ => { }, TaskScheduler.Default);
                throw;
            }
            foreach (var result in results) yield return result;
        }
    }

    private async Task<IngestItem[]> ReadItemAsync(Uri feedUrl, FeedItem item, IngestOptions options, ReadCounters counters, CancellationToken cancellationToken)
    {
        if (item.Link is null || !WebFetcher.IsWeb(item.Link))
        {
            var at = $"{feedUrl.OriginalString}#{item.Key ?? item.Title ?? "item"}";
            var problem = new IngestProblem(at, IngestProblemCodes.UnsupportedUrl,
                $"an item of {feedUrl.OriginalString} ({item.Title ?? item.Key ?? "untitled"}) has no http or https link to its page; it was skipped.");
            filter?.Failed(feedUrl, item, problem, retriable: false);
            return [IngestItem.Of(problem)];
        }
        var sourcePath = item.Link.OriginalString;
        filter?.Reading(feedUrl, item, sourcePath);
        var outcome = await fetcher.FetchAsync(item.Link, cancellationToken).ConfigureAwait(false);
        IngestItem[] results;
        if (outcome.Problem is { } fetchProblem) results = [IngestItem.Of(fetchProblem)];
        else
        {
            var resource = outcome.Resource!;
            counters.AddBytes(resource.Body.Length);
            results = WebContent.KindOf(resource.MediaType, resource.Body) == WebContentKind.Html
                ? Page(resource, new WebPageContext(sourcePath, resource.Final) { ItemId = item.Id, ItemTitle = item.Title, ItemPublished = item.Published }, options)
                : [IngestItem.Of(NotHtml(sourcePath, resource))];
        }
        if (!results.Any(r => r.IsArticle))
            foreach (var result in results) filter?.Failed(feedUrl, item, result.Problem!, outcome.Retriable);
        return results;
    }

    private static IngestProblem NotHtml(string source, FetchedResource resource) => new(source, IngestProblemCodes.NotHtml,
        $"{source} is {resource.MediaType ?? "of no stated type"}, not an HTML page or an RSS/Atom feed; nothing was read from it.");
}
