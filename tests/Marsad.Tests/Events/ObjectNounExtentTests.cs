using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// How far a common-noun object reaches over a word joined by و (Arguments.NounRecipient.ObjectNoun): a second noun as
/// definite and as suffixed as the first is part of the object; a word that is not opens the next act or clause.
/// Sentences written for these tests.
/// </summary>
public sealed class ObjectNounExtentTests
{
    [Fact]
    public void AVerbJoinedByAndAfterTheObjectIsNoPartOfIt() =>
        Assert.Equal("الأموال", Only("وصادرت الشرطة الأموال ووضعتها في خزنة المحكمة.", PloverType.COERCE).Target?.Text);

    [Fact]
    public void ASecondNounOfTheSameKindJoinedByAndStaysInTheObject() =>
        Assert.Equal("الأموال والأمتعة", Only("وصادرت الشرطة الأموال والأمتعة في المطار.", PloverType.COERCE).Target?.Text);
}
