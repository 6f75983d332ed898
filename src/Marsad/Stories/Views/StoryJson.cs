using System.Globalization;
using System.Text.Json;
using Marsad.Stories.Comparison;
using Marsad.Stories.Duplicates;

namespace Marsad.Stories.Views;

/// <summary>
/// The JSON shapes of the story commands (<c>marsad duplicates|stories|story --json</c>), in the library so the HTTP API
/// writes the same objects. Field names are a public contract (issue #10): add, never rename.
/// </summary>
public static class StoryJson
{
    /// <summary><c>{"groups": [{"kind", "articles", "score", "pairs"?}]}</c>; near groups add their verified pairs with aligned passages.</summary>
    public static void WriteDuplicates(IReadOnlyList<DuplicateGroup> groups, Func<DuplicateGroup, IReadOnlyList<DuplicatePair>> pairs, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("groups");
        foreach (var group in groups)
        {
            w.WriteStartObject();
            w.WriteString("kind", group.Kind);
            w.WriteStartArray("articles");
            foreach (var id in group.Articles) w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteNumber("score", group.Score);
            if (group.Kind == "near")
            {
                w.WriteStartArray("pairs");
                foreach (var pair in pairs(group)) WritePair(pair, w);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WritePair(DuplicatePair pair, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("articles");
        w.WriteStringValue(pair.First);
        w.WriteStringValue(pair.Second);
        w.WriteEndArray();
        w.WriteNumber("containment", Math.Round(pair.Overlap.Containment, 4));
        w.WriteNumber("jaccard", Math.Round(pair.Overlap.Jaccard, 4));
        w.WriteStartArray("passages");
        foreach (var passage in pair.Overlap.Passages)
        {
            w.WriteStartObject();
            w.WriteNumber("words", passage.Words);
            WriteSpan(w, "first", passage.First.Start, passage.First.End);
            WriteSpan(w, "second", passage.Second.Start, passage.Second.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>{"stories": [story…]}</c>.</summary>
    public static void WriteStories(IReadOnlyList<StoryThread> stories, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("stories");
        foreach (var story in stories)
        {
            w.WriteStartObject();
            WriteStoryFields(story, w);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The story object plus <c>timeline</c> and <c>comparison</c>.</summary>
    public static void WriteStory(StoryDetail detail, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        WriteStoryFields(detail.Story, w);
        w.WriteStartArray("timeline");
        foreach (var entry in detail.Timeline)
        {
            w.WriteStartObject();
            WriteDate(w, "date", entry.Date);
            w.WriteString("cluster", entry.Cluster.Id);
            w.WriteString("title", entry.Cluster.Title);
            w.WriteStartArray("events");
            foreach (var e in entry.Events) w.WriteStringValue(e);
            w.WriteEndArray();
            w.WriteStartArray("articles");
            foreach (var article in entry.Cluster.Articles) WriteArticle(article, w);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteComparison(detail.Comparison, w, detail.ArticlesCompared);
        w.WriteNumber("pending_articles", detail.PendingArticles);
        w.WriteEndObject();
    }

    /// <summary>The <c>comparison</c> object; <c>articles_compared</c> when given (fewer than the story's articles for a sampled story).</summary>
    public static void WriteComparison(OutletComparison comparison, Utf8JsonWriter w, int? articlesCompared = null)
    {
        w.WriteStartObject("comparison");
        if (articlesCompared is { } compared) w.WriteNumber("articles_compared", compared);
        w.WriteStartArray("claims");
        foreach (var claim in comparison.Claims)
        {
            w.WriteStartObject();
            w.WriteString("text", claim.Text);
            WriteStrings(w, "outlets", claim.Outlets);
            w.WriteString("first", claim.First);
            WriteStrings(w, "articles", [.. claim.Articles]);
            w.WriteStartArray("sentences");
            foreach (var sentence in claim.Sentences)
            {
                w.WriteStartObject();
                w.WriteString("article", sentence.ArticleId);
                w.WriteString("outlet", sentence.Outlet);
                w.WriteNumber("start", sentence.Span.Start);
                w.WriteNumber("end", sentence.Span.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("only");
        foreach (var (outlet, indexes) in comparison.Only)
        {
            w.WriteStartArray(outlet);
            foreach (var i in indexes) w.WriteNumberValue(i);
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteStartArray("conflicts");
        foreach (var conflict in comparison.Conflicts)
        {
            w.WriteStartObject();
            w.WriteNumber("claim", conflict.Claim);
            w.WriteString("fact", conflict.Fact);
            w.WriteStartObject("values");
            foreach (var (outlet, value) in conflict.Values) w.WriteString(outlet, value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("quoted");
        foreach (var (outlet, speakers) in comparison.Quoted) WriteStrings(w, outlet, speakers);
        w.WriteEndObject();
        w.WriteStartObject("quoted_unnamed");
        foreach (var (outlet, speakers) in comparison.Unnamed) WriteStrings(w, outlet, speakers);
        w.WriteEndObject();
        w.WriteStartObject("terms");
        foreach (var (outlet, terms) in comparison.Terms)
        {
            w.WriteStartObject(outlet);
            foreach (var (term, count) in terms) w.WriteNumber(term, count);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteStoryFields(StoryThread story, Utf8JsonWriter w)
    {
        w.WriteString("id", story.Id);
        w.WriteString("title", story.Title);
        WriteDate(w, "start", story.Start);
        WriteDate(w, "end", story.End);
        WriteStrings(w, "outlets", story.Outlets);
        w.WriteStartArray("clusters");
        foreach (var cluster in story.Clusters)
        {
            w.WriteStartObject();
            w.WriteString("id", cluster.Id);
            w.WriteString("title", cluster.Title);
            WriteDate(w, "date", cluster.Date);
            w.WriteStartArray("articles");
            foreach (var article in cluster.Articles) WriteArticle(article, w);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteArticle(StoryArticle article, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", article.Id);
        w.WriteString("source_id", article.SourceId);
        w.WriteString("outlet", article.Outlet);
        WriteDate(w, "published", article.Published);
        w.WriteBoolean("published_estimated", article.Estimated);
        if (article.Evidence is not null) w.WriteString("published_evidence", article.Evidence);
        w.WriteString("title", article.Title);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, int start, int end)
    {
        w.WriteStartObject(name);
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }
}
