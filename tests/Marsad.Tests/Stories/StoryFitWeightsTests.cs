using Marsad.Stories.Evaluation;

namespace Marsad.Tests.Stories;

public sealed class StoryFitWeightsTests
{
    [Fact]
    public void EachStorysSameStoryPairsShareOneWeightAndOtherPairsWeighOneEach()
    {
        // A big story's three same-story pairs, a small story's one, two pairs of different stories.
        var weights = StoryFitWeights.EachStoryOnce(["big", null, "big", "small", "big", null]);

        Assert.Equal([1.0 / 3, 1, 1.0 / 3, 1, 1.0 / 3, 1], weights);
    }

    [Fact]
    public void AStoryOfManyPairsWeighsAsMuchAsAStoryOfOne()
    {
        string?[] stories = [.. Enumerable.Repeat("big", 10), "small"];

        var weights = StoryFitWeights.EachStoryOnce(stories);

        Assert.Equal(1.0, weights.Take(10).Sum(), 12);
        Assert.Equal(1.0, weights[10]);
    }
}
