using Marsad.Stories.Evaluation;

namespace Marsad.Tests.Stories;

public sealed class ProfileLinkLabelTests
{
    [Fact]
    public void ALinkIntoAThreadHalfOfWhoseEarlierLabelledMembersShareTheStoryIsWanted() =>
        Assert.True(ProfileLinkLabel.Of("الحج", ["الحج", "الأمطار"]));

    [Fact]
    public void ALinkIntoAThreadMostlyOfOtherStoriesIsNotWanted() =>
        Assert.False(ProfileLinkLabel.Of("الحج", ["الحج", "الأمطار", "none:ev-1"]));

    [Fact]
    public void ALinkIntoAThreadWithNoLabelledEarlierMemberTeachesNothing() =>
        Assert.Null(ProfileLinkLabel.Of("الحج", []));
}
