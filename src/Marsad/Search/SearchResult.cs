namespace Marsad.Search;

/// <summary>
/// The answer to a <see cref="SearchQuery"/>, shaped like the JSON contract of <c>marsad search --json</c> and
/// <c>GET /api/search</c> (written by <see cref="SearchJsonWriter"/>). <see cref="Total"/> counts hits as listed: near
/// duplicates collapsed into one. Facets count matching articles, duplicates included (a repost is its outlet's article).
/// </summary>
public sealed record SearchResult(long Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets, IndexStatus Index);

/// <summary>The article of a hit, as the store holds it; <see cref="Published"/> as the source gave it, or null.</summary>
public sealed record HitArticle(string Id, string? SourceId, string? Outlet, string? Title, DateTimeOffset? Published);

/// <summary>One hit: the best-ranked article of its near-duplicate group, and how many other matching articles the group holds.</summary>
public sealed record SearchHit(HitArticle Article, float Score, int Duplicates, IReadOnlyList<Snippet> Snippets);

/// <summary>A passage of the article text: <c>[Start, End)</c> and every highlight are offsets into the original text.</summary>
public sealed record Snippet(string Text, int Start, int End, IReadOnlyList<Documents.TextSpan> Highlights);

/// <summary>Counts of matching articles by outlet, by day (yyyy-MM-dd) and by entity id, in the order to show them.</summary>
public sealed record SearchFacets(
    IReadOnlyList<KeyValuePair<string, long>> Outlet,
    IReadOnlyList<KeyValuePair<string, long>> Day,
    IReadOnlyList<KeyValuePair<string, long>> Entity);
