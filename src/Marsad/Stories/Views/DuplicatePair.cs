using Marsad.Stories.Duplicates;

namespace Marsad.Stories.Views;

/// <summary>Two near-duplicate articles and how their texts overlap (containment, Jaccard, aligned passages).</summary>
public sealed record DuplicatePair(string First, string Second, TextOverlap Overlap);
