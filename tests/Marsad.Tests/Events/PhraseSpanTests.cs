using Marsad.Events.Actors;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// How the tokens of an actor phrase map to text, alone: the proclitics before its first word come off and the article
/// stays; after the preposition ل the article's ل stays in the span and the text gets its alef back; a phrase read on
/// keeps its own text and adds the original words after it.
/// </summary>
public sealed class PhraseSpanTests
{
    [Fact]
    public void AnAttachedPrepositionComesOffAndTheArticleStays()
    {
        const string text = "اجتمع الوفد بالقنصل الجديد صباح اليوم.";
        var tokens = Tokens(text);
        var t = TokenAt(text, tokens, "بالقنصل");

        var span = PhraseSpan.Of(tokens, t, t + 2, "بال", text);

        Assert.Equal((text.IndexOf("القنصل", StringComparison.Ordinal), "القنصل الجديد"), (span.Start, span.Slice(text)));
        Assert.Equal("القنصل الجديد", PhraseSpan.Text(text, tokens, t, t + 2, "بال"));
    }

    [Fact]
    public void AfterTheFusedArticleTheSpanKeepsTheArticlesLamAndTheTextGetsItsAlefBack()
    {
        const string text = "وجه الوزير رسالة للنقابات المهنية مساء الخميس.";
        var tokens = Tokens(text);
        var t = TokenAt(text, tokens, "للنقابات");

        Assert.Equal("لنقابات المهنية", PhraseSpan.Of(tokens, t, t + 2, "لل", text).Slice(text));
        Assert.Equal("النقابات المهنية", PhraseSpan.Text(text, tokens, t, t + 2, "لل"));
    }

    [Fact]
    public void AConjunctionAndAPrepositionBothComeOff()
    {
        const string text = "شكر الأهالي الشرطة وبرجال الإطفاء على سرعتهم.";
        var tokens = Tokens(text);
        var t = TokenAt(text, tokens, "وبرجال");

        Assert.Equal("رجال الإطفاء", PhraseSpan.Text(text, tokens, t, t + 2, "وب"));
    }

    [Fact]
    public void APhraseReadOnKeepsItsRestoredTextAndAddsTheOriginalWordsAfterIt()
    {
        const string text = "وجه الوزير رسالة للنقابات المهنية مساء الخميس.";
        var tokens = Tokens(text);
        var t = TokenAt(text, tokens, "للنقابات");
        var head = new ActorPhrase(t, t + 1, PhraseSpan.Of(tokens, t, t + 1, "لل", text), PhraseSpan.Text(text, tokens, t, t + 1, "لل"),
            null, null, null, Collective: true, IsPlace: false, "لل");

        Assert.Equal("النقابات المهنية", PhraseSpan.ReadOn(head, tokens[t + 1].Span.End, text));
    }
}
