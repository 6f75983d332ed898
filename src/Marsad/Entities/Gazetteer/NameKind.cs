namespace Marsad.Entities.Gazetteer;

/// <summary>What a gazetteer phrase is for its entity; the order is the preference when one phrase names several.</summary>
public enum NameKind
{
    Name,
    /// <summary>A body named by a common noun and its state (state-bodies.tsv `description`): الحكومة الأردنية.</summary>
    Description,
    LoadedTerm,
    Place,
    Nisba,
    StandaloneShort,
    ContextShort,
    FirstName,
}

/// <summary>One reading of a gazetteer phrase. <see cref="NeedsContext"/>: only after an outlet or place word (the ? names).</summary>
public sealed record NameEntry(KnownEntity Entity, NameKind Kind, bool NeedsContext);

/// <summary>An office phrase from roles.tsv; <see cref="OnlyIso"/>, when set, the only states where the title is the office.</summary>
public sealed record RolePhrase(string Role, string? FixedIso, IReadOnlyList<string>? OnlyIso = null)
{
    public bool IsOfficeOf(string iso) =>
        iso.Length == 0 || OnlyIso is null || OnlyIso.Contains(iso, StringComparer.OrdinalIgnoreCase);
}
