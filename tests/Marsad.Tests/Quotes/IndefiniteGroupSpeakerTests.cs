using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>An indefinite quantifier as subject («ويعتقد كثيرون أن») names an unnamed group that speaks, not the person
/// named before it.</summary>
public sealed class IndefiniteGroupSpeakerTests
{
    [Fact]
    public void ManyAsSubjectSpeaksInsteadOfThePersonNamedBefore()
    {
        var quotes = Analyze("تحدث الوزير سالم الحربي عن الموازنة الجديدة أمام الصحفيين. ويعتقد كثيرون أن الأسعار سترتفع خلال العام المقبل.");

        var quote = Assert.Single(quotes);
        Assert.Equal("الأسعار سترتفع خلال العام المقبل", quote.Text);
        Assert.Equal("كثيرون", quote.Speaker!.Text);
        Assert.Null(quote.Speaker.EntityId);
    }
}
