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
}
