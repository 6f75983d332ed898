using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>Words around a verb of saying that name no speaker: a place after a preposition that says where the subject
/// before the verb is («المزارعون في مصر يعتقدون»), and a participle of the stance the words are said with right after the
/// verb («وأضاف مدافعا عن»).</summary>
public sealed class PlaceAndStanceAroundTheSpeakerTests
{
    [Fact]
    public void APlaceAfterTheSubjectBeforeTheVerbIsNoSpeaker()
    {
        var quotes = Analyze("قال أيمن الصفدي إن الأسعار ستنخفض. وكان المزارعون في مصر يعتقدون أن المحصول سيتضاعف هذا العام.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("المحصول سيتضاعف هذا العام", quotes[1].Text);
        Assert.Equal("المزارعون", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void APlaceAfterAnOpeningSubjectOfTwoWordsIsNoSpeaker()
    {
        var quotes = Analyze("قال أيمن الصفدي إن الأسعار ستنخفض. والطبقة العاملة في تونس ترى أن الأجور لم تعد تكفي.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("الأجور لم تعد تكفي", quotes[1].Text);
        Assert.Null(quotes[1].Speaker!.EntityId);
        Assert.Equal("والطبقة العاملة", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void AStanceParticipleAfterTheVerbIsNoSpeaker()
    {
        var quotes = Analyze("وقال أيمن الصفدي إن الاجتماع كان مثمرا. وأضاف مدافعا عن موقف بلاده إن الحوار هو الطريق الوحيد.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("الحوار هو الطريق الوحيد", quotes[1].Text);
        Assert.Equal("per:ayman-safadi", quotes[1].Speaker!.EntityId);
    }
}
