namespace Marsad.Search;

/// <summary>The index's part of a search's answer: hits as listed (groups collapsed), the best of them with how many
/// other matching articles each one's group holds, the facet counts, and how many articles matched (duplicates
/// included: what the pass cost, which decides whether it is kept).</summary>
internal sealed record Collected(long Total, IReadOnlyList<(HitCollector.Candidate Hit, int Duplicates)> Top, SearchFacets Facets, long Matched);
