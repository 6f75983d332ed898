namespace Marsad.Stories.Evaluation;

/// <summary>
/// Sample weights for fitting the story link model (<see cref="LinkModel.Story"/>) so that each gold story counts once,
/// not once per pair. A story of n articles gives about n²/2 same-story pairs, so on the development set one story
/// (the Abha bombing: 72 % of the same-story pairs) decides what a per-pair fit learns: the place and the actorless
/// coded event its reports share, which other stories share too. Here each story's same-story pairs share a weight of 1
/// (each weighs 1 / that story's pair count); other pairs weigh 1 each. The fit then balances positives against
/// negatives by their summed weights, as it balanced their counts.
/// </summary>
public static class StoryFitWeights
{
    /// <param name="stories">For each sample, the gold story of a same-story pair, or null for a pair of different stories.</param>
    public static double[] EachStoryOnce(IReadOnlyList<string?> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var story in stories)
            if (story is not null) pairs[story] = pairs.GetValueOrDefault(story) + 1;
        return [.. stories.Select(story => story is null ? 1.0 : 1.0 / pairs[story])];
    }
}
