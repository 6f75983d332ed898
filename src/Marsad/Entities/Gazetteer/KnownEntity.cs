namespace Marsad.Entities.Gazetteer;

/// <summary>
/// An entity the team wrote into the gazetteer. <see cref="Iso"/> is set for states; <see cref="Country"/> is the state
/// a place, organization or person belongs to; <see cref="ActsFor"/> is the state a capital or city stands for when it acts.
/// </summary>
public sealed record KnownEntity(
    string Id,
    EntityType Type,
    string NameAr,
    string? NameEn,
    IReadOnlyList<string> NamesAr)
{
    public string? Iso { get; init; }

    public string? Country { get; init; }

    public string? ActsFor { get; init; }

    public string? Kind { get; init; }

    public IReadOnlyList<RoleTenure> Roles { get; init; } = [];
}
