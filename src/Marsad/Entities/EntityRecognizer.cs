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
    private static readonly Lazy<EntityRecognizer> s_default = new(() => new(EntityGazetteer.Default, NerModelTagger.Default));
    private static readonly Lazy<EntityRecognizer> s_rulesOnly = new(() => new(EntityGazetteer.Default));

    /// <summary>Gazetteer, rules and the shipped statistical model.</summary>
    public static EntityRecognizer Default => s_default.Value;

    /// <summary>Gazetteer and rules only, without the statistical model.</summary>
    public static EntityRecognizer RulesOnly => s_rulesOnly.Value;

    public EntityGazetteer Gazetteer { get; } = gazetteer;

    public IEntityTagger? Tagger { get; } = tagger;

    public ArticleEntities Recognize(EntityInput input) => new ArticleScan(Gazetteer, input, Tagger).Run();
}
