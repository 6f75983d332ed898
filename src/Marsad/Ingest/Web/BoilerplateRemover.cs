using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Marsad.Ingest.Web;

/// <summary>
/// The main content of a fetched news page, without its navigation, advertising, comments and related-article lists.
/// SmartReader (a port of Mozilla's Readability, the reader view of Firefox) scores the page's blocks by text and link
/// density and class names and keeps the article body; its output HTML is then cut into paragraphs by the same code as a
/// page read from a file (<see cref="HtmlArticleReader.MainText"/>), so both give the text in the same shape. When
/// SmartReader finds no content (a page too short for its scoring), the file reader's rule is used on the page.
/// Readability's scoring grows faster than linearly with the number of elements (measured on a loaded machine: about
/// 0.5 s CPU at 6,000 elements, 6.5 s at 18,000, over 3 minutes at 60,000 without ending), so a page with more than
/// <see cref="MaxElements"/> elements — two to five times a real article page — is read by the file reader's rule alone,
/// as is a page SmartReader fails on.
/// </summary>
internal static class BoilerplateRemover
{
    public const int MaxElements = 10_000;

    public static string MainText(IDocument page, Uri url, Func<IDocument, string> fallback)
    {
        foreach (var code in page.QuerySelectorAll("script, style, noscript, template").ToList()) code.Remove();
        // Readability prunes the document it is given; the fallback must see the page as it was.
        var untouched = (IDocument)page.Clone(deep: true);
        if (page.All.Length > MaxElements) return fallback(untouched);
        var reader = new SmartReader.Reader(url.AbsoluteUri, (IHtmlDocument)page)
        {
            ContinueIfNotReadable = true,
            // Images, fonts or scripts are never fetched: only the document given is read.
            Debug = false,
        };
        SmartReader.Article article;
        try
        {
            article = reader.GetArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            return fallback(untouched);
        }
        if (article.Completed && !string.IsNullOrWhiteSpace(article.Content))
        {
            var content = new HtmlParser().ParseDocument(article.Content);
            var text = fallback(content);
            if (text.Length > 0) return text;
        }
        return fallback(untouched);
    }
}
