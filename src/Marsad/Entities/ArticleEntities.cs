namespace Marsad.Entities;

/// <summary>The entities layer of one article: mentions in text order and the entities they link to.</summary>
public sealed record ArticleEntities(IReadOnlyList<EntityMention> Mentions, IReadOnlyList<LinkedEntity> Entities)
{
    public static readonly ArticleEntities Empty = new([], []);

    public LinkedEntity? Find(string entityId) => Entities.FirstOrDefault(e => e.Id == entityId);
}
