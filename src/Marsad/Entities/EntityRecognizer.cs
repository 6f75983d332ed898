using Marsad.Entities.Gazetteer;
using Marsad.Entities.Linking;

namespace Marsad.Entities;

/// <summary>
/// Finds the people, organizations, states and places an article names and links every mention to one entity:
/// the gazetteer, role phrases, titles and (when given) a statistical tagger, then linking within the article
/// (short forms, roles, metonyms, loaded terms, nisbas). Thread-safe: holds only immutable tables.
/// </summary>
public sealed class EntityRecognizer(EntityGazetteer gazetteer, IEntityTagger? tagger = null)
{
    public static EntityRecognizer Default { get; } = new(EntityGazetteer.Default);

    public EntityGazetteer Gazetteer { get; } = gazetteer;

    public IEntityTagger? Tagger { get; } = tagger;

    public ArticleEntities Recognize(EntityInput input) => new ArticleScan(Gazetteer, input, Tagger).Run();
}
