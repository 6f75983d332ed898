using Marsad.Events.Arguments;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The source given to a mention's draft (Arguments.SourceAssignment), its step called alone on one mention's state: the
/// phrase found becomes the actor in its state, and an event noun set within another act by «خلال» with no subject of its
/// own takes that act's source. Sentences written for these tests.
/// </summary>
public sealed class SourceAssignmentTests
{
    [Fact]
    public void ThePhraseFoundBecomesTheDraftsSourceInItsStateNotInferred()
    {
        var p = Parse("انتقدت الحكومة المغربية الصحيفة بسبب مقالها.");
        var s = p.Mention("انتقدت");
        s.Source = p.Phrase("الحكومة المغربية");
        new SourceAssignment(Language).Assign(s);
        Assert.Equal(("الحكومة المغربية", "الحكومة المغربية", "MAR", false),
            (s.Draft.SourcePhrase!.Text, s.Draft.Source!.Text, s.Draft.Source.Country, s.Draft.SourceInferred));
    }

    [Fact]
    public void AnEventNounSetWithinAnotherActTakesThatActsSource()
    {
        var p = Parse("اعتقلت الشرطة المغربية ثلاثة رجال خلال مداهمة منزل في الرباط.");
        var s = p.Mention("مداهمة");
        var setting = s.Drafts[0];
        setting.Source = ActorStates.ToActor(p.Text, p.Phrase("الشرطة المغربية"), setting);
        new SourceAssignment(Language).Assign(s);
        Assert.Equal(("الشرطة المغربية", "MAR", true, (string?)null),
            (s.Draft.Source!.Text, s.Draft.Source.Country, s.Draft.SourceInferred, s.Draft.SourcePhrase?.Text));
    }
}
