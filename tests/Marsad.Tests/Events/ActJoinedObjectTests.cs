using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// An object noun ends before a word joined to it by و that names an act: that word opens a second act, it is no second
/// object (Arguments.NounRecipient); sentences written for these tests.
/// </summary>
public sealed class ActJoinedObjectTests
{
    [Fact]
    public void AnActNounJoinedByAndIsNotPartOfTheObject() =>
        Assert.Equal("تاجر[-]",
            Actor(Only("وانفجرت قنبلة في السوق ما أدى إلى مقتل تاجر وإصابة ثلاثة آخرين.", PloverType.ASSAULT).Target));

    [Fact]
    public void AVerbJoinedByAndBeforeItsCountedSubjectIsNotPartOfTheObject() =>
        Assert.Equal("مدني[-]",
            Actor(Only("وقتل مدني وأصيب أربعة آخرون في قصف على القرية.", PloverType.ASSAULT).Target));

    // Guard: a second noun of the object's kind stays in it.
    [Fact]
    public void ASecondNounJoinedByAndStaysInTheObject() =>
        Assert.Equal("الأموال والأمتعة[-]",
            Actor(Only("وصادرت السلطات الأموال والأمتعة في المطار.", PloverType.COERCE).Target));
}
