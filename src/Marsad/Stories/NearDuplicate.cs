namespace Marsad.Stories;

/// <summary>Another stored article sharing most of this one's shingles: <see cref="Containment"/> is the score reported.</summary>
public sealed record NearDuplicate(string Id, double Containment, double Jaccard);
