using Marsad.Events.Arguments;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The readings the text's other acts decide (Arguments.OtherActsRevision), the step called alone on one mention's state
/// once the acts before it hold their actors. Sentences written for these tests.
/// </summary>
public sealed class OtherActsRevisionTests
{
    [Fact]
    public void ARequestNamedAsTheGroundOfAnActGoesFromTheRequesterToTheOneWhoActed()
    {
        var p = Parse("وأفرجت السلطات المصرية عن الصحفي بناء على طلب الحكومة الفرنسية.");
        var s = p.Mention("بناء");
        var released = s.Drafts[0];
        released.SourcePhrase = p.Phrase("السلطات المصرية");
        released.Source = ActorStates.ToActor(p.Text, released.SourcePhrase, released);
        new OtherActsRevision(Language).Revise(s);
        Assert.Equal(("الحكومة الفرنسية", "FRA", "السلطات المصرية", "EGY", false),
            (s.Draft.Source!.Text, s.Draft.Source.Country, s.Draft.Target!.Text, s.Draft.Target.Country, s.Draft.SourceInferred));
    }
}
