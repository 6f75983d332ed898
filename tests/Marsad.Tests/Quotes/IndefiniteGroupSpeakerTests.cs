using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>An indefinite quantifier as subject («ويعتقد كثيرون أن») names an unnamed group that speaks, not the person
/// named before it; a partitive noun with its preposition («عدد من التجار») speaks with the group it counts.</summary>
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

    [Theory]
    [InlineData("وقال عدد من التجار في السوق القديمة إن الطلب تراجع هذا الشهر.", "عدد من التجار")]
    [InlineData("ويرى الكثير من الاقتصاديين أن الطلب تراجع هذا الشهر.", "الكثير من الاقتصاديين")]
    public void APartitiveNounSpeaksWithTheGroupItCounts(string text, string speaker)
    {
        var quote = Assert.Single(Analyze(text));

        Assert.Equal("الطلب تراجع هذا الشهر", quote.Text);
        Assert.Equal(speaker, quote.Speaker!.Text);
        Assert.Null(quote.Speaker.EntityId);
    }
}
