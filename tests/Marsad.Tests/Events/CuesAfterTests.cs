using Marsad.Events;
using Marsad.Events.Modality;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The cues after the trigger (Modality.CuesAfter) read alone on one trigger: an `after` cue within two words, a `next`
/// cue only right after it, and a weaker cue that leaves a stronger modality as it was. Sentences written for these tests.
/// </summary>
public sealed class CuesAfterTests
{
    private static (EventModality, bool) Read(string sentence, string trigger, EventModality modality = EventModality.Asserted)
    {
        var p = Parse(sentence);
        return new CuesAfter(Language).Read(p.Text, p.Trigger(trigger), p.End, modality);
    }

    [Fact]
    public void AnAllegedCueAfterTheActMakesItAlleged() =>
        Assert.Equal((EventModality.Alleged, false), Read("ندد البرلمان بالهجوم المزعوم على القنصلية.", "بالهجوم"));

    [Fact]
    public void AnAwaitedCueRightAfterTheVisitMakesItPlanned() =>
        Assert.Equal((EventModality.Planned, true), Read("ناقش الوزيران زيارة مرتقبة للعاهل إلى الكويت.", "زيارة"));

    [Fact]
    public void AnAwaitedCueOneWordFurtherOnIsNotRead() =>
        Assert.Equal((EventModality.Asserted, false), Read("ناقش الوزيران زيارة رسمية مرتقبة للعاهل إلى الكويت.", "زيارة"));

    [Fact]
    public void AnAllegedCueLeavesANegatedActNegated() =>
        Assert.Equal((EventModality.Negated, false), Read("ندد البرلمان بالهجوم المزعوم على القنصلية.", "بالهجوم", EventModality.Negated));
}
