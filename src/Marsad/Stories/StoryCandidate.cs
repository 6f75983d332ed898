namespace Marsad.Stories;

/// <summary>
/// A placed article (or a thread's profile, with no outlet) an added article is compared with: its day, event cluster,
/// story thread and term vector.
/// </summary>
internal sealed record StoryCandidate(string ArticleId, string? Outlet, int? Day, string ClusterId, string StoryId, WeightedVector Vector)
{
    /// <summary>The evidence the clusterer weighs between an article (its vector, day and outlet) and this candidate.</summary>
    public PairEvidence EvidenceFrom(WeightedVector vector, int? day, string? outlet, double containment) =>
        new(vector.Cosine(Vector), vector.Cosine(Vector, TermKind.Title), vector.Cosine(Vector, TermKind.Entity),
            vector.Cosine(Vector, TermKind.Event), containment, day is { } d && Day is { } c ? Math.Abs(d - c) : null,
            outlet is { Length: > 0 } && string.Equals(outlet, Outlet, StringComparison.Ordinal),
            vector.Cosine(Vector, TermKind.Place), vector.Disjoint(Vector, TermKind.FocusPlace), vector.HeadlineCoverage(Vector),
            vector.Cosine(Vector, TermKind.Quote));
}
