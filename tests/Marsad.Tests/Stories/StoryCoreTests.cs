using Marsad.Stories;

namespace Marsad.Tests.Stories;

public sealed class StoryCoreTests
{
    private static StoryMerge.Link L(string story, string cluster, double p) => new(story, cluster, p);

    // st-relief: an airlift thread that drifted (airlift, ship, then a Yemen-war item); st-canal: two clusters.
    private static int Clusters(string story) => story == "st-relief" ? 6 : 2;

    [Fact]
    public void WithoutACohesionTheStrongestLinkChoosesTheThread()
    {
        var links = new[] { L("st-canal", "ev-trial", 0.75), L("st-relief", "ev-strikes", 0.91) };

        Assert.Equal("st-relief", StoryCore.ThreadToContinue(links, 0.7, 0, 0, Clusters));
    }

    [Fact]
    public void ANewClusterCloseToOneEndOfADriftedThreadDoesNotContinueIt()
    {
        // Close to the thread's newest cluster only: cohesion 0.91 / 6 over all six of its clusters.
        var links = new[] { L("st-relief", "ev-strikes", 0.91) };

        Assert.Null(StoryCore.ThreadToContinue(links, 0.7, 0.5, 0, Clusters));
    }

    [Fact]
    public void ANewClusterCloseToBothClustersOfAThreadContinuesIt()
    {
        var links = new[] { L("st-canal", "ev-trial", 0.88), L("st-canal", "ev-opening", 0.72), L("st-relief", "ev-strikes", 0.95) };

        Assert.Equal("st-canal", StoryCore.ThreadToContinue(links, 0.7, 0.5, 0, Clusters));
    }

    [Fact]
    public void ALongThreadNeedsOnlyItsCoreClustersClose()
    {
        var links = new[] { L("st-relief", "ev-airlift", 0.9), L("st-relief", "ev-ship", 0.8), L("st-relief", "ev-aden", 0.7) };

        Assert.Equal(0.4, StoryCore.Cohesion(links, "st-relief", 6), 3);
        Assert.Equal(0.8, StoryCore.Cohesion(links, "st-relief", 6, core: 3), 3);
        Assert.Equal("st-relief", StoryCore.ThreadToContinue(links, 0.7, 0.7, 3, Clusters));
        Assert.Null(StoryCore.ThreadToContinue(links, 0.7, 0.7, 0, Clusters));
    }

    [Fact]
    public void TwoArticlesOfOneClusterCountAsThatClustersStrongestLink()
    {
        var links = new[] { L("st-canal", "ev-trial", 0.9), L("st-canal", "ev-trial", 0.5) };

        Assert.Equal(0.45, StoryCore.Cohesion(links, "st-canal", 2), 3);
    }

    [Fact]
    public void LinksUnderTheStoryThresholdCountForCohesionButDoNotChooseAThread()
    {
        var links = new[] { L("st-canal", "ev-trial", 0.6), L("st-canal", "ev-opening", 0.65) };

        Assert.Null(StoryCore.ThreadToContinue(links, 0.7, 0.5, 0, Clusters));
        Assert.Equal(0.625, StoryCore.Cohesion(links, "st-canal", 2), 3);
    }

    [Fact]
    public void WithHubsOnlyALinkToAHubChoosesTheThread()
    {
        // The drifted relief thread's hubs are its airlift and ship clusters; the strikes cluster at its end is not one.
        IReadOnlySet<string> Hubs(string story) => story == "st-relief" ? new HashSet<string> { "ev-airlift", "ev-ship" } : new HashSet<string> { "ev-trial" };
        var links = new[] { L("st-relief", "ev-strikes", 0.95), L("st-canal", "ev-trial", 0.75) };

        Assert.Equal("st-relief", StoryCore.ThreadToContinue(links, 0.7, 0, 0, Clusters));
        Assert.Equal("st-canal", StoryCore.ThreadToContinue(links, 0.7, 0, 0, Clusters, Hubs));
        Assert.Null(StoryCore.ThreadToContinue([L("st-relief", "ev-strikes", 0.95)], 0.7, 0, 0, Clusters, Hubs));
    }

    [Fact]
    public void TheHubsAreTheMostLinkedClustersThenTheLargerThenTheEarlier()
    {
        StoryHubs.Member[] members = [new("ev-strikes", 1, 1, 3), new("ev-ship", 2, 1, 2), new("ev-airlift", 1, 4, 1), new("ev-aden", 1, 4, 0)];

        Assert.Equal(["ev-ship"], StoryHubs.Of(members, 1).Order(StringComparer.Ordinal));
        Assert.Equal(["ev-aden", "ev-airlift", "ev-ship"], StoryHubs.Of(members, 3).Order(StringComparer.Ordinal));
        Assert.Equal(4, StoryHubs.Of(members, 10).Count);
    }

    [Fact]
    public void AnArticleLinksEachOtherClusterOfItsThreadAtTheThresholdOnce()
    {
        var links = new[] { L("st-relief", "ev-ship", 0.9), L("st-relief", "ev-ship", 0.8), L("st-relief", "ev-airlift", 0.6), L("st-relief", "ev-own", 0.95), L("st-canal", "ev-trial", 0.9) };

        Assert.Equal(["ev-ship"], StoryHubs.Linked(new HashSet<string> { "st-relief" }, "ev-own", links, 0.7));
        Assert.Equal(["ev-ship", "ev-trial"], StoryHubs.Linked(new HashSet<string> { "st-relief", "st-canal" }, "ev-own", links, 0.7));
    }

    // The Asir bombing's thread (hub: the toll), the Crown Prince's meeting with Asir's emir (hub: the meeting) and the
    // drifted relief thread (hub: the airlift; the strikes at its end are not one).
    private static IReadOnlySet<string> JoinHubs(string story) => story switch
    {
        "st-bombing" => new HashSet<string> { "ev-toll" },
        "st-meeting" => new HashSet<string> { "ev-meeting" },
        "st-relief" => new HashSet<string> { "ev-airlift" },
        _ => new HashSet<string>(),
    };

    [Fact]
    public void AnArticleInItsThreadsCoreJoinsTheThreadsWhoseHubsItLinks()
    {
        var links = new[] { L("st-bombing", "ev-toll", 0.9), L("st-meeting", "ev-meeting", 0.85), L("st-relief", "ev-strikes", 0.95) };

        Assert.Equal(["st-meeting"], StoryHubJoin.ThreadsToJoin("st-bombing", "ev-visit", links, 0.8, JoinHubs));
        Assert.Empty(StoryHubJoin.ThreadsToJoin("st-bombing", "ev-visit", links, 0.9, JoinHubs));
        Assert.Empty(StoryHubJoin.ThreadsToJoin("st-bombing", "ev-visit", links, 0, JoinHubs));
    }

    [Fact]
    public void AnArticleAtItsThreadsPeripheryJoinsNothing()
    {
        // In the bombing thread through the imam's account (not a hub) and linked to no hub of it.
        var links = new[] { L("st-bombing", "ev-imam", 0.9), L("st-meeting", "ev-meeting", 0.85) };

        Assert.Empty(StoryHubJoin.ThreadsToJoin("st-bombing", "ev-imam", links, 0.8, JoinHubs));
        Assert.Equal(["st-meeting"], StoryHubJoin.ThreadsToJoin("st-bombing", "ev-toll", links, 0.8, JoinHubs));
    }

    [Fact]
    public void AnArticleStartingAThreadIsItsCoreAndJoinsEveryThreadWhoseHubItLinks()
    {
        var links = new[] { L("st-meeting", "ev-meeting", 0.85), L("st-relief", "ev-airlift", 0.82), L("st-relief", "ev-airlift", 0.9) };

        Assert.Equal(["st-meeting", "st-relief"], StoryHubJoin.ThreadsToJoin("st-visit", "ev-visit", links, 0.8, JoinHubs));
    }
}
