using Marsad.Events.Arguments;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The source of a verb mention (Arguments.VerbSource), its step called alone on one mention's state: the subject after
/// the verb, a complementiser's pronoun, and a harm verb read passive after its subject. Sentences written for these tests.
/// </summary>
public sealed class VerbSourceTests
{
    [Fact]
    public void TheActorAfterAVerbIsItsSourceAndTheTargetIsSoughtAfterIt()
    {
        var p = Parse("انتقدت الحكومة المغربية الصحيفة بسبب مقالها.");
        var s = p.Mention("انتقدت");
        new VerbSource(Language).Find(s);
        Assert.Equal(("الحكومة المغربية", "MAR", p.IndexOf("الصحيفة"), (string?)null),
            (s.Source!.Text, s.Source.Country, s.TargetFrom, s.PassivePatient?.Text));
    }

    [Fact]
    public void AVerbAfterAComplementisersPronounHasThePronounsActorAsSubject()
    {
        var p = Parse("وقالت الحكومة المغربية إنها ستعتقل المتورطين.");
        var s = p.Mention("ستعتقل");
        new VerbSource(Language).Find(s);
        Assert.Equal(((string?)null, p.IndexOf("إنها"), "الحكومة المغربية", "MAR"),
            (s.Source?.Text, s.VerbComplement, s.PronounSubject!.Text, s.PronounSubject.Country));
    }

    [Fact]
    public void AHarmVerbAfterItsSubjectWithNoObjectMakesTheSubjectItsPatientAndNamesNoDoer()
    {
        var p = Parse("وكان أربعة جنود أتراك قتلوا في هجوم قرب الحدود.");
        var s = p.Mention("قتلوا");
        new VerbSource(Language).Find(s);
        Assert.Equal(((string?)null, "جنود أتراك", "TUR"), (s.Source?.Text, s.PassivePatient!.Text, s.PassivePatient.Country));
    }
}
