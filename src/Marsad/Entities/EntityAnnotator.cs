using System.Text.Json;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Reporting;
using Marsad.Storage;
using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Pipeline step for <see cref="EntityRecognizer"/>: reads tokens and sentences, and the publication date when the
/// time step set it (else the date the source gave), and sets <see cref="EntityLayers.Entities"/>. Keeps entities and
/// their mentions in the store (<see cref="EntityRepository"/>, migration M002) for queries across articles.
/// </summary>
public sealed class EntityAnnotator(EntityRecognizer recognizer) : IAnnotator, IJsonContributor, IStoredStep, IReportContributor
{
    public string Name => "entities";

    public IReadOnlyList<Layer> Requires { get; } = [TextLayers.Normalized, TextLayers.Tokens, TextLayers.Sentences];

    // Office holders are looked up at the article's date, which the time step may estimate; words give the segmenter's bases.
    public IReadOnlyList<Layer> Reads { get; } = [DocumentLayers.Publication, TextLayers.Words];

    public IReadOnlyList<Layer> Produces { get; } = [EntityLayers.Entities];

    public EntityRecognizer Recognizer { get; } = recognizer;

    public void Annotate(Document document)
    {
        var published = document.GetOrDefault(DocumentLayers.Publication)?.Value ?? document.Article.Published;
        var date = published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
        var input = new EntityInput(document.Get(TextLayers.Normalized), document.Get(TextLayers.Tokens), document.Get(TextLayers.Sentences), date)
        {
            Words = document.GetOrDefault(TextLayers.Words),
        };
        document.Set(EntityLayers.Entities, Recognizer.Recognize(input));
    }

    public void WriteJson(Document document, Utf8JsonWriter writer) =>
        EntityJson.Write(document.GetOrDefault(EntityLayers.Entities) ?? ArticleEntities.Empty, writer);

    public void Save(Document document, StoreTransaction transaction)
    {
        if (document.Has(EntityLayers.Entities)) new EntityRepository(transaction.Store).SaveArticleEntities(document, transaction);
    }

    public ReportSection? Report(JsonElement article) => EntityReport.Report(article);
}
