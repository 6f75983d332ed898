using System.Globalization;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Storage;

namespace Marsad.Reporting;

/// <summary>
/// Writes one analyzed article as the JSON object of the <c>marsad analyze --json</c> contract:
/// the article's own fields, then whatever each annotator of the pipeline contributes
/// (sentences, entities, times…), then the fields each <see cref="ICrossArticleContributor"/> reads from
/// <paramref name="store"/> (duplicates, cluster, story). Field names are a public contract: add, never rename.
/// </summary>
public sealed class ArticleJsonWriter(AnalysisPipeline pipeline, MarsadStore? store = null)
{
    private readonly IReadOnlyList<IAnnotator> _contributors = [.. pipeline.Annotators.Where(a => a is IJsonContributor)];
    private readonly IReadOnlyList<ICrossArticleContributor> _crossArticle = [.. pipeline.Annotators.OfType<ICrossArticleContributor>()];

    public void Write(Document document, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteArticle(document.Article, document.GetOrDefault(DocumentLayers.Publication) ?? PublicationDate.FromSource(document.Article), writer);
        foreach (var annotator in _contributors)
            ((IJsonContributor)annotator).WriteJson(document, writer);
        WriteCrossArticle(document.Article.Id, writer);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes an article from its stored analysis: stored steps' properties as the analysis kept them, the rest
    /// (sentences and tokens) from <paramref name="document"/>, which ran only those steps
    /// (<see cref="AnalysisPipeline.RunUnstored"/>). Adds <c>analysis: {"pipeline", "analyzed_at"}</c>.
    /// </summary>
    public void WriteStored(Document document, StoredAnalysis stored, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteArticle(document.Article, stored.Publication, writer);
        foreach (var annotator in _contributors)
        {
            var contributor = (IJsonContributor)annotator;
            if (!contributor.StoredWithAnalysis) contributor.WriteJson(document, writer);
            else if (stored.For(annotator.Name) is { } properties)
                foreach (var property in properties.EnumerateObject()) property.WriteTo(writer);
        }
        WriteCrossArticle(document.Article.Id, writer);
        writer.WriteStartObject("analysis");
        writer.WriteString("pipeline", stored.Pipeline);
        writer.WriteString("analyzed_at", stored.AnalyzedAt.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteCrossArticle(string articleId, Utf8JsonWriter writer)
    {
        foreach (var contributor in _crossArticle) contributor.WriteCrossArticleJson(articleId, store, writer);
    }

    private static void WriteArticle(Article article, PublicationDate publication, Utf8JsonWriter writer)
    {
        writer.WriteString("id", article.Id);
        writer.WriteString("outlet", article.Outlet);
        writer.WriteString("title", article.Title);
        writer.WriteString("url", article.Url);
        WriteDate(writer, "published", publication.Value);
        writer.WriteBoolean("published_estimated", publication.Estimated);
        if (publication.Evidence is not null) writer.WriteString("published_evidence", publication.Evidence);
        writer.WriteString("source_path", article.SourcePath);
        writer.WriteString("source_id", article.SourceId);
        writer.WriteString("text", article.Text);
        if (article.Extra is { Count: > 0 } extra)
        {
            writer.WritePropertyName("extra");
            extra.WriteTo(writer);
        }
        if (article.Flags.Count > 0)
        {
            writer.WriteStartArray("flags");
            foreach (var flag in article.Flags) writer.WriteStringValue(flag);
            writer.WriteEndArray();
        }
    }

    public static void WriteDate(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } date) writer.WriteString(name, FormatDate(date));
        else writer.WriteNull(name);
    }

    /// <summary>ISO-8601: a bare date when the source gave only a day (midnight UTC), else the full instant with its offset.</summary>
    public static string FormatDate(DateTimeOffset date) =>
        date.TimeOfDay == TimeSpan.Zero && date.Offset == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
