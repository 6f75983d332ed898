using System.Text.Json;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Pipeline step for <see cref="EntityRecognizer"/>: reads tokens and sentences, and the publication date when the
/// time step set it (else the date the source gave), and sets <see cref="EntityLayers.Entities"/>.
/// </summary>
public sealed class EntityAnnotator(EntityRecognizer recognizer) : IAnnotator, IJsonContributor
{
    public string Name => "entities";

    public IReadOnlyList<Layer> Requires { get; } = [TextLayers.Normalized, TextLayers.Tokens, TextLayers.Sentences];

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
}
