using Marsad.Quotes;
using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary><see cref="SayingNounSpeaker"/> alone, over one article's context: a noun of saying with ب and no pronoun is
/// said by the subject of the verb it goes with; one with a pronoun speaks through the pronoun and names no subject.
/// Sentences written for these tests.</summary>
public sealed class SayingNounSpeakerTests
{
    [Fact]
    public void ANounOfSayingWithoutAPronounIsSaidByTheSubjectOfItsVerb()
    {
        var context = Context("ويبرر المزارعون هذا الغياب بالقول إن المحصول تأخر.");
        var noun = TokenOf(context, "بالقول");
        var reader = new SayingNounSpeaker(context, new SpeakerFinder(context));

        var phrase = reader.GoverningVerbSubject(noun);

        Assert.False(reader.SaysThroughItsPronoun(noun));
        Assert.NotNull(phrase);
        Assert.Equal((TokenOf(context, "المزارعون"), "المزارعون"), (phrase.First, phrase.Speaker.Text));
    }

    [Fact]
    public void ANounOfSayingWithAPronounSpeaksThroughItAndNamesNoSubject()
    {
        var context = Context("وبرر المدرب الخسارة بقوله إن الفريق كان متعبا.");
        var noun = TokenOf(context, "بقوله");
        var reader = new SayingNounSpeaker(context, new SpeakerFinder(context));

        Assert.True(reader.SaysThroughItsPronoun(noun));
        Assert.Null(reader.GoverningVerbSubject(noun));
    }
}
