using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Marsad.Documents;

namespace Marsad.Ingest;

/// <summary>
/// An HTML page is one article. Kept simple on purpose (no boilerplate-removal model): title from og:title,
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
        if (html is null) return [IngestItem.Of(problem!)];

        var flat = HtmlDepthGuard.Flatten(html, out var dropped, out var deepest);
        var page = new HtmlParser().ParseDocument(flat);
        var text = MainText(page);
        if (text.Length == 0)
            return [IngestItem.Of(new IngestProblem(file.Path, IngestProblemCodes.MissingText,
                $"{file.Path} is an HTML page without paragraphs of text; give the article's page or its text as .txt."))];

        var published = Meta(page, "article:published_time", "datePublished", "date", "DC.date.issued", "pubdate");
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
            Title = Meta(page, "og:title") ?? Clean(page.Title) ?? Clean(page.QuerySelector("h1")?.TextContent),
            Outlet = Meta(page, "og:site_name"),
            Url = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url"),
            Published = time,
            SourcePath = file.Path,
            Extra = unreadDate is null ? null : new System.Text.Json.Nodes.JsonObject { ["published"] = published },
        };
        if (dropped == 0) return TextFileReader.WithSidecar(article, file.Path, issues, options.DateOrder, unreadDate);
        return
        [
            IngestItem.Of(new IngestProblem(file.Path, IngestProblemCodes.HtmlTooDeep,
                $"{file.Path} nests elements {deepest:N0} deep; the {dropped:N0} tags below depth {HtmlDepthGuard.MaxDepth} were dropped and their text kept in place, so the article was stored and flagged {IngestProblemCodes.HtmlTooDeep}; check its text.")),
            .. TextFileReader.WithSidecar(article.WithFlags([IngestProblemCodes.HtmlTooDeep]), file.Path, issues, options.DateOrder, unreadDate),
        ];
    }

    private static string MainText(IDocument page)
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
