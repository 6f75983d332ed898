namespace Marsad.Stories.Views;

/// <summary>
/// Articles that are copies of one text. <c>exact</c>: the same words in the same order (score 1). <c>near</c>: joined by
/// near-duplicate pairs; <see cref="Score"/> is the lowest containment of the pairs that join them.
/// </summary>
public sealed record DuplicateGroup(string Kind, IReadOnlyList<string> Articles, double Score);
