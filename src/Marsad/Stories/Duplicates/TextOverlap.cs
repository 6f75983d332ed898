namespace Marsad.Stories.Duplicates;

/// <summary>
/// How much of two texts is the same words: <see cref="Containment"/> = shared shingles over the shingles of the shorter
/// text (1 when one text is wholly inside the other: a wire item reposted with its dateline cut), <see cref="Jaccard"/>
/// = shared over all, and the shared passages aligned in both texts, longest first.
/// </summary>
public sealed record TextOverlap(double Containment, double Jaccard, int SharedShingles, IReadOnlyList<SharedPassage> Passages);
