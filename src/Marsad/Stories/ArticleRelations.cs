namespace Marsad.Stories;

/// <summary>An article's place among the others: exact copy of, near duplicates, event cluster, story thread.</summary>
public sealed record ArticleRelations(string? DuplicateOf, IReadOnlyList<NearDuplicate> NearDuplicates, string? EventCluster, string? Story);
