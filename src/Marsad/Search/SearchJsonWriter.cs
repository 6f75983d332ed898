using System.Text.Json;

namespace Marsad.Search;

/// <summary>
/// Writes a <see cref="SearchResult"/> as the JSON contract of <c>marsad search --json</c> and <c>GET /api/search</c>:
/// <c>{"total", "hits": [{"article": {"id", "source_id", "outlet", "title", "published"}, "score", "duplicates",
/// "snippets": [{"text", "start", "end", "highlights": [{"start", "end"}]}]}], "facets": {"outlet", "day", "entity"}}</c>,
/// plus <c>"index": {"fresh", "documents", "reasons"}</c> so a script sees a stale index. Offsets are UTF-16 code units
/// into the article's original text.
/// </summary>
public static class SearchJsonWriter
{
    public static void Write(SearchResult result, Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteNumber("total", result.Total);
        w.WriteStartArray("hits");
        foreach (var hit in result.Hits) WriteHit(hit, w);
        w.WriteEndArray();
        w.WriteStartObject("facets");
        WriteCounts("outlet", result.Facets.Outlet, w);
        WriteCounts("day", result.Facets.Day, w);
        WriteCounts("entity", result.Facets.Entity, w);
        w.WriteEndObject();
        w.WriteStartObject("index");
        w.WriteBoolean("fresh", result.Index.Fresh);
        w.WriteNumber("documents", result.Index.Documents);
        w.WriteStartArray("reasons");
        foreach (var reason in result.Index.Reasons) w.WriteStringValue(reason);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteHit(SearchHit hit, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartObject("article");
        w.WriteString("id", hit.Article.Id);
        w.WriteString("source_id", hit.Article.SourceId);
        w.WriteString("outlet", hit.Article.Outlet);
        w.WriteString("title", hit.Article.Title);
        // Same form as the article object of `analyze --json`.
        Reporting.ArticleJsonWriter.WriteDate(w, "published", hit.Article.Published);
        w.WriteEndObject();
        w.WriteNumber("score", Math.Round(hit.Score, 4));
        w.WriteNumber("duplicates", hit.Duplicates);
        w.WriteStartArray("snippets");
        foreach (var snippet in hit.Snippets)
        {
            w.WriteStartObject();
            w.WriteString("text", snippet.Text);
            w.WriteNumber("start", snippet.Start);
            w.WriteNumber("end", snippet.End);
            w.WriteStartArray("highlights");
            foreach (var span in snippet.Highlights)
            {
                w.WriteStartObject();
                w.WriteNumber("start", span.Start);
                w.WriteNumber("end", span.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCounts(string name, IReadOnlyList<KeyValuePair<string, long>> counts, Utf8JsonWriter w)
    {
        w.WriteStartObject(name);
        foreach (var (key, count) in counts) w.WriteNumber(key, count);
        w.WriteEndObject();
    }
}
