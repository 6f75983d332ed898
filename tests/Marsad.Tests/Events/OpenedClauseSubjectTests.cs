using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A verb joined by و goes on with the subject of a clause a conjunction opened after the event before it, not with that
/// event's subject (Arguments.DroppedSubject); sentences written for these tests.
/// </summary>
public sealed class OpenedClauseSubjectTests
{
    [Fact]
    public void AVerbJoinedByAndAfterAClauseOpenedByButTakesThatClausesSubject() =>
        Assert.Equal("الرئيس[-]",
            Actor(Only("طالب الوزير السفير بتسليم المتهمين، لكن الرئيس غضب عليه ورفض الطلب.", PloverType.REJECT).Source));

    // Guard: with no clause opened between, the verb joined by و keeps the subject of the event before it.
    [Fact]
    public void AVerbJoinedByAndWithNoClauseBetweenKeepsTheEarlierSubject() =>
        Assert.Equal("الوزير[-]",
            Actor(Only("طالب الوزير السفير بتسليم المتهمين ورفض الوساطة.", PloverType.REJECT).Source));
}
