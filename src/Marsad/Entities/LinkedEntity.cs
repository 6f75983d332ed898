namespace Marsad.Entities;

/// <summary>
/// An entity an article refers to, with every mention of it in that article. <see cref="Id"/> is the canonical id,
/// the same across articles and runs (see <see cref="EntityId"/>); <see cref="NameEn"/> is null when the gazetteer does not know it.
/// </summary>
public sealed record LinkedEntity(
    string Id,
    EntityType Type,
    string NameAr,
    string? NameEn,
    bool Known,
    IReadOnlyList<EntityMention> Mentions);
