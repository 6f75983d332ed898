namespace Marsad.Search;

public enum SearchSort
{
    /// <summary>Best match first (BM25-like Lucene scoring; a title match counts double).</summary>
    Relevance,

    /// <summary>Newest first; undated articles last.</summary>
    Date,
}

/// <summary>
/// A search: the query text (words, "a phrase", AND OR NOT, + and -, prefix*, or * alone for every article) and the
/// filters, all of which must hold. Dates are calendar days, inclusive, in each outlet's own time zone.
/// </summary>
public sealed record SearchQuery(string Text)
{
    public const int MaxLimit = 1000;

    public string? Outlet { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>A canonical entity id (<c>gpe:iran</c>), as <c>marsad entities</c> lists them.</summary>
    public string? Entity { get; init; }

    /// <summary>An event type of the events step; refused when the store has no events table.</summary>
    public string? EventType { get; init; }

    /// <summary>A story id of the stories step; refused when the store has no stories table.</summary>
    public string? Story { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>How many hits to return (after near duplicates are collapsed).</summary>
    public int Limit { get; init; } = 20;

    /// <summary>How many entities the entity facet lists (most frequent first); outlets and days are listed whole.</summary>
    public int EntityFacetSize { get; init; } = 25;
}
