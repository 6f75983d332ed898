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
/// </summary>
internal static class BoilerplateRemover
{
    public static string MainText(IDocument page, Uri url, Func<IDocument, string> fallback)
    {
        foreach (var code in page.QuerySelectorAll("script, style, noscript, template").ToList()) code.Remove();
        // Readability prunes the document it is given; the fallback must see the page as it was.
        var untouched = (IDocument)page.Clone(deep: true);
        var reader = new SmartReader.Reader(url.AbsoluteUri, (IHtmlDocument)page)
        {
            ContinueIfNotReadable = true,
            // Images, fonts or scripts are never fetched: only the document given is read.
            Debug = false,
        };
        var article = reader.GetArticle();
        if (article.Completed && !string.IsNullOrWhiteSpace(article.Content))
        {
            var content = new HtmlParser().ParseDocument(article.Content);
            var text = fallback(content);
            if (text.Length > 0) return text;
        }
        return fallback(untouched);
    }
}
