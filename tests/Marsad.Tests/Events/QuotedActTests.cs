using Marsad.Events;
using Marsad.Events.Modality;
using Marsad.Quotes;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The modality of an act in a quote (Modality.QuotedAct) read alone on a draft whose quote marks are set by hand: an act
/// told on a speaker's word is reported, the speaker's own speech act stays asserted, an act in a quote with no named
/// speaker is reported, and an act outside any quote is left as it was. Sentences written for these tests.
/// </summary>
public sealed class QuotedActTests
{
    private const string Minister = "per:test-minister";

    private static readonly QuotedAct Quoted = new(new ClosingAttribution(QuoteLexicon.Default, Language));

    private static (ParsedSentence, DraftEvent) Draft(string sentence, string trigger)
    {
        var p = Parse(sentence);
        return (p, p.Drafts().First(d => p.Text.Tokens[d.Trigger.First].Normalized == trigger));
    }

    [Fact]
    public void AnActToldOnASpeakersWordIsReported()
    {
        var (p, draft) = Draft("قال الوزير إن الجيش قصف مخازن السلاح.", "قصف");
        draft.AttributedTo = new EventAttribution(Minister, "الوزير");

        Assert.Equal((EventModality.Reported, Minister), (Quoted.Read(p.Text, draft, 0, EventModality.Asserted), draft.AttributedTo?.EntityId));
    }

    [Fact]
    public void TheSpeakersOwnCondemnationStaysAsserted()
    {
        var (p, draft) = Draft("وأدان الوزير بشدة قصف مخازن السلاح.", "وأدان");
        draft.AttributedTo = new EventAttribution(Minister, "الوزير");
        draft.SpeakerId = Minister;
        draft.Source = new EventActor(Minister, "الوزير", p.Text.Tokens[1].Span, null, "GOV");

        Assert.Equal(EventModality.Asserted, Quoted.Read(p.Text, draft, 0, EventModality.Asserted));
    }

    [Fact]
    public void AnActInAQuoteWithNoNamedSpeakerIsReported()
    {
        var (p, draft) = Draft("قائلين إن الجيش قصف مخازن السلاح.", "قصف");
        draft.InSpeakerlessQuote = true;

        Assert.Equal(EventModality.Reported, Quoted.Read(p.Text, draft, 0, EventModality.Asserted));
    }

    [Fact]
    public void AnActOutsideAnyQuoteKeepsItsModality()
    {
        var (p, draft) = Draft("قصف الجيش مخازن السلاح.", "قصف");

        Assert.Equal(EventModality.Planned, Quoted.Read(p.Text, draft, 0, EventModality.Planned));
    }
}
