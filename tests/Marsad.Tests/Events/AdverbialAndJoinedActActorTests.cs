using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Actor readings of evactor50 (sentences written for these tests): a time or manner adverbial after an act is no
/// recipient (Arguments.NonActorThing.IsJunk); a role noun after «غير» is a negated adjective, no actor
/// (Actors.ActorPhraseFinder); an event noun joined by و to another, both with the undergoer's pronoun, is the same
/// doer's act on the same person (Arguments.JoinedActNoun); a pattern word after its count is no subject
/// (Arguments.SubjectSearch.SubjectAfter).
/// </summary>
public sealed class AdverbialAndJoinedActActorTests
{
    [Fact]
    public void AnAdverbAfterTheActIsNoRecipient() =>
        Assert.Equal(("الشرطة[-]", "?"), Actors(Only("وقالت الشرطة إنها تمكنت من اعتقالهم مجددا في العاصمة.", PloverType.COERCE)));

    [Fact]
    public void ATimePrepositionPhraseIsNoRecipient() =>
        Assert.All(EventTestPipeline.Events("وتحدث التقرير عن جرائم تعذيب أثناء حكمه الطويل."), e => Assert.Equal("?", Actor(e.Target)));

    [Fact]
    public void ARoleNounAfterTheNegationNounIsNoActor() =>
        Assert.Equal(("?", "الحزب[-]"), Actors(Only("وهاجم شخص غير مسؤول مقر الحزب.", PloverType.ASSAULT)));

    [Fact]
    public void ASecondActNounJoinedByAndSharesTheDoerAndTheRecipient() =>
        Assert.Equal(("الشرطة[-]", "?"), Actors(Assert.Single(EventTestPipeline.Events("واتهمت النقابة الشرطة بخطفهم وتعذيبهم في مركز احتجاز."), e => e.Mode == "torture")));

    [Fact]
    public void TwoJoinedArrestNounsAreOneArrestByTheSameDoer() =>
        Assert.Equal(("النيابة[-]", "?"), Actors(Assert.Single(EventTestPipeline.Events("وقررت النيابة العامة توقيفه واحتجازه على ذمة التحقيق."))));

    [Fact]
    public void APatternWordAfterItsCountIsNoSubject() =>
        Assert.Equal(("وزير الدفاع الأردني[JOR]", "?"),
            Actors(Only("واجتمع وزير الدفاع الأردني بنظيره الأميركي، وتسلم أربع طائرات حربية.", PloverType.COOPERATE)));
}
