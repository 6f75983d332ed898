using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>Words of an attribution or of the one spoken to that stand next to a cue: «وذلك» before «بحسب» points back to
/// the statement and is none of its words; an attribution phrase after a verb («وتابعت وفقا لما…») begins the source, never
/// the verb's subject; an outlet named in marks after لـ is the one spoken to, and the subject after it speaks.</summary>
public sealed class AttributionWordsAroundTheCueTests
{
    [Fact]
    public void TheWordPointingBackBeforeAnAttributionIsNotPartOfTheStatement()
    {
        var quote = Assert.Single(Analyze("ارتفعت أسعار النفط في الأسواق الآسيوية اليوم، وذلك بحسب ما ذكرته وكالة رويترز."));

        Assert.Equal("ارتفعت أسعار النفط في الأسواق الآسيوية اليوم", quote.Text);
        Assert.Equal("وكالة رويترز", quote.Speaker!.Text);
    }

    [Fact]
    public void ASentenceOfOnlyTheWordPointingBackAttributesNothing()
    {
        Assert.Empty(Analyze("أغلقت المدارس أبوابها. وذلك بحسب ما ذكرته وزارة التعليم."));
    }

    [Fact]
    public void AnAttributionPhraseAfterTheVerbIsNotItsSubject()
    {
        var quotes = Analyze("قالت الوزيرة سارة الأحمد إن الخطة جاهزة. وتابعت وفقا لما ذكرته وكالة الأنباء أن التنفيذ سيبدأ في الربيع.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("التنفيذ سيبدأ في الربيع", quotes[1].Text);
        Assert.Equal("سارة الأحمد", quotes[1].Speaker!.Text);
    }

    [Theory]
    [InlineData("وقال لـ\"الصباح\" خالد العمري إن الأسعار سترتفع في الشهر المقبل.")]
    [InlineData("وقال لـ«الصباح» خالد العمري إن الأسعار سترتفع في الشهر المقبل.")]
    [InlineData("وقال لـ\"الصباح\"، خالد العمري إن الأسعار سترتفع في الشهر المقبل.")]
    public void TheOutletSpokenToInMarksIsSteppedOverToTheSubject(string text)
    {
        var quote = Assert.Single(Analyze(text));

        Assert.Equal("الأسعار سترتفع في الشهر المقبل", quote.Text);
        Assert.Equal("خالد العمري", quote.Speaker!.Text);
    }
}
