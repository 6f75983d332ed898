using Marsad.Events.Modality;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The complementiser after a modality cue (Modality.CueComplement) read alone: found past a named subject, not past more
/// words than a subject takes, and not after the trigger. Sentences written for these tests.
/// </summary>
public sealed class CueComplementTests
{
    [Fact]
    public void TheComplementiserAfterTheCueAndItsSubjectIsFound()
    {
        var p = Parse("وتدعي الحركة أن مقاتليها أسقطوا طائرة مسيرة.");
        var (cue, trigger) = (p.IndexOf("وتدعي"), p.IndexOf("أسقطوا"));

        Assert.Equal((p.IndexOf("أن"), true), (CueComplement.At(Language, p.Text, cue, trigger), CueComplement.Between(Language, p.Text, cue, trigger)));
    }

    [Fact]
    public void AComplementiserBeyondASubjectsReachFramesNothing()
    {
        var p = Parse("وتدعي الحركة في بيان نشرته مساء أمس أن مقاتليها أسقطوا طائرة مسيرة.");

        Assert.Equal(-1, CueComplement.At(Language, p.Text, p.IndexOf("وتدعي"), p.IndexOf("أسقطوا")));
    }

    [Fact]
    public void AComplementiserAfterTheTriggerIsNotBetween()
    {
        var p = Parse("وتدعي الحركة أن مقاتليها أسقطوا طائرة مسيرة.");

        Assert.False(CueComplement.Between(Language, p.Text, p.IndexOf("وتدعي"), p.IndexOf("الحركة")));
    }
}
