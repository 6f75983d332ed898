using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// An acceptance or refusal whose pattern ends in a definite offer noun («وقبل … الدعوة») answers the offer told just
/// before it: whoever made that offer is its target (AnswerTarget.OfferMaker). Sentences written for these tests.
/// </summary>
public sealed class AnsweredOfferTests
{
    [Fact]
    public void AnAcceptedInvitationTargetsTheOneWhoInvited()
    {
        var all = DescribeAll("دعا رئيس الوزراء الهندي نظيره الياباني إلى زيارة نيودلهي، وقبل رئيس الوزراء الياباني الدعوة.");
        Assert.Contains("AGREE/- asserted رئيس الوزراء الياباني[JPN] → رئيس الوزراء الهندي[IND] -", all);
    }

    [Fact]
    public void AnAcceptanceWithNoOfferBeforeItHasNoTarget() =>
        Assert.Equal("?", Actor(Only("وقبل رئيس الوزراء الياباني الدعوة.", PloverType.AGREE).Target));
}
