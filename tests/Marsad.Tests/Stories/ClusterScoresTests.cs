using Marsad.Stories.Evaluation;

namespace Marsad.Tests.Stories;

public sealed class ClusterScoresTests
{
    [Fact]
    public void AllSingletonsHavePerfectPrecisionAndNoPairs()
    {
        var scores = ClusterScores.Of(["a", "a", "b"], ["1", "2", "3"]);

        Assert.Equal(1.0, scores.BcubedPrecision);
        Assert.Equal((0.5 + 0.5 + 1) / 3, scores.BcubedRecall, 6);
        Assert.Equal(0, scores.PairF1);
        Assert.Equal(3, scores.Clusters);
    }

    [Fact]
    public void OneWrongMergeCostsPairwisePrecision()
    {
        var scores = ClusterScores.Of(["a", "a", "b"], ["1", "1", "1"]);

        Assert.Equal(1.0 / 3, scores.PairPrecision, 6);
        Assert.Equal(1.0, scores.PairRecall);
        Assert.Equal((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, scores.BcubedPrecision, 6);
    }
}
