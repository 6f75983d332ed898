using Marsad.Stories;

namespace Marsad.Tests.Stories;

public sealed class StoryMergeTests
{
    private static StoryMerge.Link L(string story, string cluster, double p) => new(story, cluster, p);

    private static int Clusters(string story) => story == "st-long" ? 10 : 3;

    [Fact]
    public void AThreadJoinsWhenTwoOfItsClustersReachTheThreshold()
    {
        var links = new[] { L("st-asir", "ev-visit", 0.93), L("st-asir", "ev-funeral", 0.85), L("st-toll", "ev-toll", 0.97) };

        Assert.Equal(["st-asir"], StoryMerge.ThreadsToJoin("st-toll", links, 0.8, 2, 0, Clusters));
    }

    [Fact]
    public void TwoArticlesOfOneClusterAreOneLinkNotTwo()
    {
        var links = new[] { L("st-asir", "ev-visit", 0.93), L("st-asir", "ev-visit", 0.91) };

        Assert.Empty(StoryMerge.ThreadsToJoin("st-toll", links, 0.8, 2, 0, Clusters));
    }

    [Fact]
    public void LinksUnderTheThresholdAndTheArticlesOwnThreadDoNotCount()
    {
        var links = new[] { L("st-asir", "ev-visit", 0.93), L("st-asir", "ev-funeral", 0.79), L("st-toll", "ev-toll", 0.97), L("st-toll", "ev-imam", 0.95) };

        Assert.Empty(StoryMerge.ThreadsToJoin("st-toll", links, 0.8, 2, 0, Clusters));
    }

    [Fact]
    public void AThresholdOfZeroNeverJoinsThreads()
    {
        var links = new[] { L("st-asir", "ev-visit", 0.93), L("st-asir", "ev-funeral", 0.95) };

        Assert.Empty(StoryMerge.ThreadsToJoin("st-toll", links, 0, 1, 0, Clusters));
    }

    [Fact]
    public void ThreadsToJoinComeInOrdinalOrderWhateverTheCandidateOrder()
    {
        var links = new[] { L("st-b", "ev-3", 0.9), L("st-a", "ev-1", 0.9), L("st-b", "ev-4", 0.9), L("st-a", "ev-2", 0.9) };

        Assert.Equal(["st-a", "st-b"], StoryMerge.ThreadsToJoin("st-c", links, 0.8, 2, 0, Clusters));
        Assert.Equal(["st-a", "st-b"], StoryMerge.ThreadsToJoin("st-c", links.Reverse(), 0.8, 2, 0, Clusters));
    }

    [Fact]
    public void ALongThreadReachedThroughFewOfItsClustersDoesNotJoin()
    {
        var links = new[] { L("st-long", "ev-1", 0.95), L("st-long", "ev-2", 0.93), L("st-asir", "ev-visit", 0.93), L("st-asir", "ev-funeral", 0.85), L("st-toll", "ev-toll", 0.9), L("st-toll", "ev-imam", 0.9) };

        Assert.Equal(["st-asir"], StoryMerge.ThreadsToJoin("st-toll", links, 0.8, 2, 0.5, Clusters));
    }

    [Fact]
    public void AnArticleOnTheEdgeOfALongThreadJoinsNothingToIt()
    {
        var links = new[] { L("st-asir", "ev-visit", 0.93), L("st-asir", "ev-funeral", 0.85), L("st-long", "ev-1", 0.95) };

        Assert.Empty(StoryMerge.ThreadsToJoin("st-long", links, 0.8, 2, 0.5, Clusters));
    }
}
