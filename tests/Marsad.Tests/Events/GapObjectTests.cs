using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// In a pattern's gap («طالب ~ الإفراج») a bare phrase after the subject is the object when the row marks one
/// (Arguments.RecipientSearch); sentences written for these tests.
/// </summary>
public sealed class GapObjectTests
{
    [Fact]
    public void ABarePhraseAfterTheSubjectInTheGapIsTheObject() =>
        Assert.Equal(("منظمات حقوقية[-]", "السلطات[-]"),
            Actors(Only("وطالبت منظمات حقوقية السلطات بالإفراج عن المعتقلين.", PloverType.REQUEST)));

    // Guard (passes on fe96e452): the gap object must not take a second subject joined by و.
    [Fact]
    public void ASecondSubjectJoinedByAndInTheGapIsNoObject() =>
        Assert.Equal("?", Actor(Only("وطالب نواب ونقابيون بالإفراج عن المعتقلين.", PloverType.REQUEST).Target));
}
