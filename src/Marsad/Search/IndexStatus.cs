namespace Marsad.Search;

/// <summary>Whether the search index holds what the store holds now, and if not, why (in words a user can act on).</summary>
public sealed record IndexStatus(bool Exists, bool Fresh, long Documents, IReadOnlyList<string> Reasons)
{
    public bool Stale => Exists && !Fresh;

    /// <summary>One sentence for a warning: what changed and the command that fixes it.</summary>
    public string Describe() => !Exists
        ? "There is no search index in this data folder: run 'marsad reindex'."
        : Fresh ? $"The search index is up to date ({Documents:N0} articles)."
        : $"The search index is out of date: {string.Join("; ", Reasons)}. Run 'marsad reindex'.";
}
