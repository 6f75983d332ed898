namespace Marsad.Entities.Gazetteer;

/// <summary>
/// The people who held each office (role code and state), in gazetteer order, indexed once when the gazetteer loads:
/// every role phrase of every article asks who held its office, and reading all entities' tenures for each one cost
/// more than the rest of the linker together.
/// </summary>
internal sealed class OfficeHolders
{
    public static readonly OfficeHolders Empty = new([]);

    // Role code → state ISO code (compared ignoring case, as the tenures' codes are) → holders, each once.
    private readonly Dictionary<string, Dictionary<string, KnownEntity[]>> _byOffice = [];

    public OfficeHolders(IEnumerable<KnownEntity> entities)
    {
        var lists = new Dictionary<string, Dictionary<string, List<KnownEntity>>>();
        foreach (var entity in entities)
            foreach (var tenure in entity.Roles)
            {
                if (!lists.TryGetValue(tenure.Role, out var byIso))
                    lists[tenure.Role] = byIso = new Dictionary<string, List<KnownEntity>>(StringComparer.OrdinalIgnoreCase);
                if (!byIso.TryGetValue(tenure.Iso, out var holders)) byIso[tenure.Iso] = holders = [];
                if (holders.Count == 0 || holders[^1] != entity) holders.Add(entity);
            }
        foreach (var (role, byIso) in lists)
            _byOffice[role] = byIso.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Who held <paramref name="role"/> for <paramref name="iso"/> on <paramref name="date"/>, or ever when no date.</summary>
    public IEnumerable<KnownEntity> Of(string role, string iso, DateOnly? date)
    {
        if (!_byOffice.TryGetValue(role, out var byIso) || !byIso.TryGetValue(iso, out var holders)) return [];
        if (date is not { } day) return holders;
        return holders.Where(e => HeldOn(e, role, iso, day));
    }

    private static bool HeldOn(KnownEntity person, string role, string iso, DateOnly date)
    {
        foreach (var tenure in person.Roles)
            if (tenure.Role == role && string.Equals(tenure.Iso, iso, StringComparison.OrdinalIgnoreCase) && tenure.HeldOn(date)) return true;
        return false;
    }
}
