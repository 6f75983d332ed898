using Marsad.Stories;

namespace Marsad.Tests.Stories;

public sealed class StoryThreadProfileTests
{
    [Fact]
    public void TheThreadWhoseProfileLinksMostStronglyAboveTheThresholdIsContinued() =>
        Assert.Equal("st-b", StoryThreadProfile.ThreadToContinue([new("st-a", 0.75), new("st-b", 0.92), new("st-c", 0.5)], 0.7));

    [Fact]
    public void NoThreadIsContinuedWhenEveryProfileLinkIsUnderTheThreshold() =>
        Assert.Null(StoryThreadProfile.ThreadToContinue([new("st-a", 0.69), new("st-b", 0.4)], 0.7));

    [Fact]
    public void AnEqualLinkGoesToTheFirstThreadInOrdinalOrderWhateverTheCandidateOrder() =>
        Assert.Equal("st-a", StoryThreadProfile.ThreadToContinue([new("st-c", 0.8), new("st-a", 0.8)], 0.7));

    [Fact]
    public void OnlyThreadsOneOfWhoseMembersTheArticleLinksDirectlyKeepTheirProfileLinks() =>
        Assert.Equal([new StoryThreadProfile.Link("st-b", 0.8)], StoryThreadProfile.WithDirectLink(
            [new("st-a", 0.9), new("st-b", 0.8)],
            [new StoryMerge.Link("st-a", "ev-1", 0.6), new StoryMerge.Link("st-a", "ev-2", 0.74), new StoryMerge.Link("st-b", "ev-3", 0.76)], 0.75).ToList());

    [Fact]
    public void WithTheDirectLinkOffEveryProfileLinkIsKept() =>
        Assert.Equal(2, StoryThreadProfile.WithDirectLink([new("st-a", 0.9), new("st-b", 0.8)], [new StoryMerge.Link("st-a", "ev-1", 0.1)], 0).Count());
}
