using System.Globalization;
using System.Text.Json;
using Marsad.Reporting;
using Marsad.Storage;

namespace Marsad.Views;

/// <summary>
/// A page of stored articles in ingest order, the object of <c>marsad list --json</c> and <c>GET /api/articles</c>:
/// <c>{"total", "articles": [{"id", "source_id", "outlet", "title", "published", "url", "source_path"}], "next"}</c>.
/// <c>next</c> is the cursor of the following page (pass it as <c>after</c>), null on the last page.
/// </summary>
public sealed class ArticlesView
{
    public const int MaxLimit = 1000;

    private ArticlesView(long total, IReadOnlyList<ArticleSummary> articles, string? next)
    {
        Total = total;
        Articles = articles;
        Next = next;
    }

    public long Total { get; }

    public IReadOnlyList<ArticleSummary> Articles { get; }

    public string? Next { get; }

    /// <summary>Reads a page; <paramref name="after"/> is a cursor from an earlier page's <c>next</c>.</summary>
    public static ArticlesView Read(MarsadStore store, ArticleFilter filter, int limit, string? after = null, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(store);
        ViewJson.CheckLimit(limit, MaxLimit);
        if (offset < 0) throw ViewException.Invalid($"offset must be zero or more (was {offset}).");
        var position = ParseCursor(after);
        // One row past the page says whether another page follows without a second query.
        var rows = store.Articles.Page(filter, position, limit + 1, offset);
        var page = rows.Count > limit ? rows.Take(limit).ToList() : rows;
        var next = rows.Count > limit ? page[^1].Position.ToString(CultureInfo.InvariantCulture) : null;
        return new ArticlesView(store.Articles.Count(filter), page, next);
    }

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("total", Total);
        w.WriteStartArray("articles");
        foreach (var a in Articles)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("source_id", a.SourceId);
            w.WriteString("outlet", a.Outlet);
            w.WriteString("title", a.Title);
            ArticleJsonWriter.WriteDate(w, "published", a.Published);
            w.WriteString("url", a.Url);
            w.WriteString("source_path", a.SourcePath);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("next", Next);
        w.WriteEndObject();
    }

    // The cursor is the ingest position of the last article of the previous page; opaque to callers.
    private static long ParseCursor(string? after)
    {
        if (string.IsNullOrEmpty(after)) return 0;
        if (long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position > 0) return position;
        throw ViewException.Invalid($"'{after}' is not a page cursor: pass the 'next' value of the previous page.");
    }
}
