namespace Marsad.Entities.Gazetteer;

/// <summary>
/// An office held: <see cref="Role"/> code from roles.tsv, the state (ISO code, empty for offices of international
/// bodies) and the half-open term [From, To); a null bound is open.
/// </summary>
public sealed record RoleTenure(string Role, string Iso, DateOnly? From, DateOnly? To)
{
    public bool HeldOn(DateOnly date) => (From is null || From <= date) && (To is null || date < To);
}
