using Marsad.Quotes;
using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary><see cref="SubjectAfterCue"/> alone, over one article's context: where the subject written after a verb of
/// saying starts, past a time between commas, the one spoken to and an abbreviated title. Sentences written for these
/// tests.</summary>
public sealed class SubjectAfterCueTests
{
    private static int Start(QuoteContext context, string cue)
    {
        var at = TokenOf(context, cue);
        return new SubjectAfterCue(context, new SpeakerFinder(context)).Start(at, context.SentenceEnd(at), out _);
    }

    [Fact]
    public void ASubjectRightAfterTheVerbStartsThere()
    {
        var context = Context("وأكد المهندس سامر العلي أن الجسر سيفتتح قريبا.");
        Assert.Equal(TokenOf(context, "المهندس"), Start(context, "وأكد"));
    }

    [Fact]
    public void ATimeBetweenCommasAfterTheVerbIsSteppedOver()
    {
        var context = Context("وقالت، الأحد، نقابة المعلمين إن الإضراب سيستمر.");
        Assert.Equal(TokenOf(context, "نقابة"), Start(context, "وقالت"));
    }

    [Fact]
    public void TheOneSpokenToByAPronounIsSteppedOver()
    {
        var context = Context("وذكر لها المهندس سامر العلي أن الجسر سيفتتح قريبا.");
        Assert.Equal(TokenOf(context, "المهندس"), Start(context, "وذكر"));
    }

    [Fact]
    public void AnAbbreviatedTitleIsSteppedOverToTheName()
    {
        var context = Context("وقال د. سامر العلي إن الجسر سيفتتح قريبا.");
        Assert.Equal(TokenOf(context, "سامر"), Start(context, "وقال"));
    }
}
