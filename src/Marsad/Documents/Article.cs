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
}
