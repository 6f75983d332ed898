namespace Marsad.Entities.Gazetteer;

/// <summary>
/// What the gazetteer knows of one word key, gathered when it loads: the names, role phrase and context kinds that are
/// that word alone, and the longest name, role phrase and context phrase it starts. The linker asks these of every
/// reading of every token; one lookup answers them all.
/// </summary>
public sealed class WordFacts
{
    /// <summary>A word the gazetteer knows nothing of.</summary>
    public static readonly WordFacts None = new();

    public IReadOnlyList<NameEntry> Names { get; init; } = [];

    public RolePhrase? Role { get; init; }

    public ContextKind Context { get; init; }

    /// <summary>Words of the longest name that starts with this word; 0 when none does.</summary>
    public int NameWords { get; init; }

    public int RoleWords { get; init; }

    public int ContextWords { get; init; }
}
