using Marsad.Stories.Evaluation;

namespace Marsad.Tests.Stories;

public sealed class StoryPairScoresTests
{
    [Fact]
    public void EachStoryIsScoredOnItsOwnPairsAndTheMacroFigureWeighsStoriesEqually()
    {
        // Story S: three articles, one pair found, two missed, and one of them joined to a T article.
        // Story T: two articles apart, one of them joined to an article in no labelled story.
        var scores = StoryPairScores.Of(["S", "S", "S", "T", "T", null], ["1", "1", "2", "2", "3", "3"]);

        Assert.Equal((1, 3, 2), (scores.Pooled.Found, scores.Pooled.Missed, scores.Pooled.FalseJoins));
        Assert.Equal(["S", "T"], scores.PerStory.Select(s => s.Story));
        var s = scores.PerStory[0];
        Assert.Equal((3, 1L, 2L, 1L), (s.Members, s.Found, s.Missed, s.FalseJoins));
        Assert.Equal(0.4, s.F1, 6);
        Assert.Equal(0, scores.PerStory[1].F1);
        Assert.Equal(0.2, scores.MacroF1, 6);
    }

    [Fact]
    public void TwoArticlesInNoLabelledStoryJoinedCountForNothing()
    {
        var scores = StoryPairScores.Of(["S", "S", null, null], ["1", "1", "2", "2"]);

        Assert.Equal((1, 0, 0), (scores.Pooled.Found, scores.Pooled.Missed, scores.Pooled.FalseJoins));
        Assert.Equal(1.0, scores.MacroF1);
    }

    [Fact]
    public void PooledPairsOfACompleteLabellingAreTheClusterScoresPairs()
    {
        string?[] gold = ["a", "a", "a", "b", "b", "c"];
        string[] predicted = ["1", "1", "2", "2", "2", "2"];

        var pooled = StoryPairScores.Of(gold, predicted).Pooled;
        var clusters = ClusterScores.Of([.. gold.Select(g => g!)], predicted);

        Assert.Equal(clusters.PairPrecision, pooled.Precision, 9);
        Assert.Equal(clusters.PairRecall, pooled.Recall, 9);
    }
}
