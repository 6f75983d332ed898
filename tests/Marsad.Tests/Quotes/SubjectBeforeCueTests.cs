using Marsad.Quotes;
using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary><see cref="SubjectBeforeCue"/> alone, over one article's context: where the subject written before a verb of
/// saying starts in nominal order, and when the words before the verb name no one.</summary>
public sealed class SubjectBeforeCueTests
{
    [Fact]
    public void ADefiniteNounAfterAContrastIsTheSubjectBeforeTheVerb()
    {
        var context = Context("وأعلن المجلس البلدي افتتاح الحديقة. لكن السكان يقولون إن الحديقة صغيرة.");
        var finder = new SubjectBeforeCue(context, new SpeakerFinder(context));
        var cue = TokenOf(context, "يقولون");

        var phrase = finder.Find(cue);

        Assert.NotNull(phrase);
        Assert.Equal(cue - 1, phrase.First);
        Assert.Equal(cue, phrase.End);
        Assert.Equal("السكان", phrase.Speaker.Text);
        Assert.Null(phrase.Speaker.EntityId);
    }

    [Fact]
    public void AnAbstractNounBeforeTheVerbIsTheWritersPointNotASpeaker()
    {
        var context = Context("ارتفعت أسعار الخبز هذا الشهر. والواقع يقول إن الرواتب لم تتغير.");
        var finder = new SubjectBeforeCue(context, new SpeakerFinder(context));
        var cue = TokenOf(context, "يقول");

        Assert.True(finder.PersonifiedBefore(cue));
        Assert.Null(finder.Find(cue));
    }

    [Fact]
    public void ANameInAFrontedTopicIsTalkedAboutNotTheSubject()
    {
        var context = Context("وعن اللاعب سالم الدوسري قال المدرب إنه سيعود الأسبوع المقبل.");
        var finder = new SubjectBeforeCue(context, new SpeakerFinder(context));
        var cue = TokenOf(context, "قال");

        Assert.True(finder.OpensWithTopic(cue));
        Assert.Null(finder.Find(cue));
    }
}
