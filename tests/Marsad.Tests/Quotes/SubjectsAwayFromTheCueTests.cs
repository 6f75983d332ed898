using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>Subjects written away from the cue: a partitive group before a participle («يمتدح عدد من المزارعين…، قائلين»),
/// an unnamed official after an opening «وكان» with a complement up to the verb, and the subject of a verb whose أنْ-clause
/// happened («تعمد … أن يقول»), after which the verb of saying reports.</summary>
public sealed class SubjectsAwayFromTheCueTests
{
    [Fact]
    public void APartitiveGroupSpeaksThroughTheParticiple()
    {
        var quote = Assert.Single(Analyze("ويمتدح عدد من المزارعين النظام الجديد، قائلين إنه يوفر المياه."));

        Assert.Equal("عدد من المزارعين", quote.Speaker?.Text);
    }

    [Fact]
    public void AnUnnamedOfficialAfterAnOpeningKanaSpeaks()
    {
        var quotes = Analyze("وصرح المدير فهد الزهراني بأن المستودع احترق بالكامل. وكان مسؤول في الدفاع المدني ذكر أن «الحريق بدأ فجرا».");

        var official = Assert.Single(quotes, q => q.Text == "الحريق بدأ فجرا");
        Assert.Equal("مسؤول", official.Speaker?.Text);
        Assert.Null(official.Speaker?.EntityId);
    }

    [Fact]
    public void SayingOnPurposeIsReported()
    {
        var quotes = Analyze("وتعمد المدرب سلطان العنزي أن يقول للصحافيين إن الفريق لن يتغير.");

        Assert.Equal(["الفريق لن يتغير"], quotes.Select(q => q.Text));
    }
}
