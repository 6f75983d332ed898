using System.Text.Json.Nodes;

namespace Marsad.Documents;

/// <summary>
/// One news article as it was ingested: the original text plus what its source told us about it.
/// The text is never rewritten; every annotation points into it.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    /// <summary>When the outlet published it, if the source says so.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The file (and line, for JSON Lines) it was read from.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The id the source gave the article, if any; distinct from our content-derived <see cref="Id"/>.</summary>
    public string? SourceId { get; init; }

    /// <summary>Fields of the source record we do not interpret, kept so nothing the source said is lost.</summary>
    public JsonObject? Extra { get; init; }

    /// <summary>
    /// What reading had to repair or could not settle, as stable problem codes (<c>invalid-utf8</c>,
    /// <c>mixed-encoding</c>, <c>unparseable-date</c>…); each was also reported when the article was ingested.
    /// Empty for an article read cleanly.
    /// </summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>This article with <paramref name="flags"/> added to <see cref="Flags"/> (each once, in order).</summary>
    public Article WithFlags(IEnumerable<string> flags)
    {
        var merged = Flags.Concat(flags).Distinct(StringComparer.Ordinal).ToArray();
        return merged.Length == Flags.Count ? this : this with { Flags = merged };
    }
}
