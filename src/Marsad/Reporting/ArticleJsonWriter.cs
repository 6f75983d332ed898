using System.Globalization;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Reporting;

/// <summary>
/// Writes one analyzed article as the JSON object of the <c>marsad analyze --json</c> contract:
/// the article's own fields, then whatever each annotator of the pipeline contributes
/// (sentences, entities, times…). Field names are a public contract: add, never rename.
/// </summary>
public sealed class ArticleJsonWriter(AnalysisPipeline pipeline)
{
    private readonly IReadOnlyList<IJsonContributor> _contributors = [.. pipeline.Annotators.OfType<IJsonContributor>()];

    public void Write(Document document, Utf8JsonWriter writer)
    {
        var article = document.Article;
        var publication = document.GetOrDefault(DocumentLayers.Publication) ?? PublicationDate.FromSource(article);

        writer.WriteStartObject();
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
        foreach (var contributor in _contributors)
            contributor.WriteJson(document, writer);
        writer.WriteEndObject();
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
