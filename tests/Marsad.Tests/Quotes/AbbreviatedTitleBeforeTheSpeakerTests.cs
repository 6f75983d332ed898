using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>A title abbreviated with a full stop before the speaker's name («م.» engineer, «د.» doctor): the full stop ends
/// neither the speaker phrase nor the sentence, so the verb still reports the clause and the name after the title speaks.</summary>
public sealed class AbbreviatedTitleBeforeTheSpeakerTests
{
    [Fact]
    public void TheNameAfterAnEngineersAbbreviatedTitleSpeaks()
    {
        var quote = Assert.Single(Analyze("وقال م. خالد العمري إن أعمال الصيانة ستنتهي قبل نهاية الشهر."));

        Assert.Equal("أعمال الصيانة ستنتهي قبل نهاية الشهر", quote.Text);
        Assert.Equal("خالد العمري", quote.Speaker!.Text);
    }

    [Fact]
    public void ADoctorsAbbreviatedTitleDoesNotHandTheQuoteToTheLastSpeaker()
    {
        var quotes = Analyze("وقال أيمن الصفدي إن الزيارة كانت ناجحة. وأوضح د. سامي الحربي أن المرضى يتلقون العلاج في الجناح الجديد.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("المرضى يتلقون العلاج في الجناح الجديد", quotes[1].Text);
        Assert.Equal("سامي الحربي", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void AnAbbreviatedTitleAfterADescriptionLeadsToTheName()
    {
        var quote = Assert.Single(Analyze("وأكد الخبير الاقتصادي د. سامي الحربي أن أسعار النفط ستتراجع في الربع المقبل."));

        Assert.Equal("أسعار النفط ستتراجع في الربع المقبل", quote.Text);
        Assert.Equal("سامي الحربي", quote.Speaker!.Text);
    }
}
