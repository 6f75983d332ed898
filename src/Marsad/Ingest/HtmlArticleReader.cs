using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Marsad.Documents;

namespace Marsad.Ingest;

/// <summary>
/// An HTML page is one article. A page from a file is read simply (no boilerplate removal; a fetched page goes through
/// <see cref="Web.BoilerplateRemover"/> for its text, and its fields are read here the same way): title from og:title,
/// else &lt;title&gt;, else the first h1; outlet from og:site_name; url from the canonical link or og:url;
/// publication time from article:published_time (or the schema.org/Dublin Core equivalents); text from the
/// paragraphs of &lt;article&gt;, else &lt;main&gt;, else the body, one paragraph per line, blank line between.
/// A sidecar (<c>NAME.meta.json</c>) overrides what the page says.
/// </summary>
internal static class HtmlArticleReader
{
    public static IEnumerable<PendingItem> Read(SourceFile file, IngestOptions options, ReadCounters counters)
    {
        yield return new PendingItem(file.Path, () => ReadOne(file, options, counters), file.Length);
    }

    private static IngestItem[] ReadOne(SourceFile file, IngestOptions options, ReadCounters counters)
    {
        var html = SourceBytes.ReadText(file, options, counters, out var problem, out var issues);
        return html is null ? [IngestItem.Of(problem!)] : FromHtml(html, file, options, issues);
    }

    /// <summary>The article of a decoded page (and the problems met reading it).</summary>
    internal static IngestItem[] FromHtml(string html, SourceFile file, IngestOptions options, IReadOnlyList<DecodeIssue> issues)
    {
        var read = Parse(html, file.Path, options, MainText);
        if (read.Problem is not null) return [IngestItem.Of(read.Problem)];
        return [.. read.Problems, .. TextFileReader.WithSidecar(read.Article!, file.Path, issues, options.DateOrder, read.UnreadDate)];
    }

    /// <summary>
    /// The article of a fetched page: the same fields read the same way as from a file, but the text is the page's main
    /// content as <see cref="Web.BoilerplateRemover"/> finds it (menus, ads, comments and related links left out), and
    /// what the page does not say is taken from <paramref name="page"/> (its feed item's title and date, its URL).
    /// </summary>
    internal static IngestItem[] FromWebPage(string html, Web.WebPageContext page, IngestOptions options, IReadOnlyList<DecodeIssue> issues)
    {
        var read = Parse(html, page.SourcePath, options, document => Web.BoilerplateRemover.MainText(document, page.Final, MainText));
        if (read.Problem is not null) return [IngestItem.Of(read.Problem)];
        var article = page.Complete(read.Article!);
        var items = new List<IngestItem>(read.Problems);
        // A page date Marsad cannot read is reported only when the feed gave none either; the raw value stays in extra.
        if (read.UnreadDate is { } unread && article.Published is null)
        {
            items.Add(IngestItem.Of(unread.Problem(page.SourcePath, page.SourcePath)));
            article = article.WithFlags([unread.Code]);
        }
        items.AddRange(DecodeReport.WithArticle(page.SourcePath, issues, article));
        return [.. items];
    }

    private sealed record ParsedPage(Article? Article, UnreadDate? UnreadDate, IngestProblem? Problem, IReadOnlyList<IngestItem> Problems);

    // One reading of a page's fields for files and fetched pages alike; only how the main text is found differs.
    private static ParsedPage Parse(string html, string path, IngestOptions options, Func<IDocument, string> mainText)
    {
        var flat = HtmlDepthGuard.Flatten(html, out var dropped, out var deepest);
        var page = new HtmlParser().ParseDocument(flat);
        // Fields first: finding the main text may rewrite the page (boilerplate removal prunes it).
        var title = Meta(page, "og:title") ?? Clean(page.Title) ?? Clean(page.QuerySelector("h1")?.TextContent);
        var outlet = Meta(page, "og:site_name");
        var url = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url");
        var published = Meta(page, "article:published_time", "datePublished", "date", "DC.date.issued", "pubdate");
        var text = mainText(page);
        if (text.Length == 0)
            return new(null, null, new IngestProblem(path, IngestProblemCodes.MissingText,
                $"{path} is an HTML page without paragraphs of text; give the article's page or its text as .txt."), []);

        UnreadDate? unreadDate = null;
        DateTimeOffset? time = null;
        if (published is not null)
        {
            if (SourceDates.TryParse(published, options.DateOrder, out var parsed, out var failure)) time = parsed;
            else unreadDate = UnreadDate.Of("published", published, failure!);
        }
        var article = new Article
        {
            Id = ArticleIdentity.Of(text),
            Text = text,
            Title = title,
            Outlet = outlet,
            Url = url,
            Published = time,
            SourcePath = path,
            Extra = unreadDate is null ? null : new System.Text.Json.Nodes.JsonObject { ["published"] = published },
        };
        if (dropped == 0) return new(article, unreadDate, null, []);
        return new(article.WithFlags([IngestProblemCodes.HtmlTooDeep]), unreadDate, null,
        [
            IngestItem.Of(new IngestProblem(path, IngestProblemCodes.HtmlTooDeep,
                $"{path} nests elements {deepest:N0} deep; the {dropped:N0} tags below depth {HtmlDepthGuard.MaxDepth} were dropped and their text kept in place, so the article was stored and flagged {IngestProblemCodes.HtmlTooDeep}; check its text.")),
        ]);
    }

    /// <summary>The paragraphs of &lt;article&gt;, else &lt;main&gt;, else the body, one per line with a blank line between.</summary>
    internal static string MainText(IDocument page)
    {
        foreach (var code in page.QuerySelectorAll("script, style, noscript, template").ToList()) code.Remove();
        var root = (IElement?)page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.Body;
        if (root is null) return "";
        var paragraphs = root.QuerySelectorAll("p").Select(p => Clean(p.TextContent)).OfType<string>().ToList();
        if (paragraphs.Count == 0)
            paragraphs = root.TextContent.Split('\n').Select(Clean).OfType<string>().ToList();
        return string.Join("\n\n", paragraphs);
    }

    private static string? Meta(IDocument page, params string[] names)
    {
        foreach (var name in names)
        {
            var content = page.QuerySelector($"meta[property='{name}']")?.GetAttribute("content")
                ?? page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content")
                ?? page.QuerySelector($"meta[itemprop='{name}']")?.GetAttribute("content");
            if (Clean(content) is { } value) return value;
        }
        return null;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var result = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (result.Length > 0) result.Append(' ');
            result.Append(part);
        }
        return result.ToString();
    }
}
