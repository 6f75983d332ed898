using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>A relaying verb (نقل عن) whose preposition carries a pronoun («ونقلت عنه الوكالة») relays the words of the
/// person named before, not of the outlet that relays them.</summary>
public sealed class RelayedWordsTests
{
    [Fact]
    public void TheRelayPronounGivesThePersonNamedBefore()
    {
        var quotes = Analyze("وقال الباحث سامر الخطيب إن التجربة نجحت في مراحلها الأولى. ونقلت عنه وكالة الأنباء أن النتائج ستنشر قريبا.");

        Assert.Equal(["التجربة نجحت في مراحلها الأولى", "النتائج ستنشر قريبا"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("سامر الخطيب", q.Speaker!.Text));
    }

    [Fact]
    public void TheRelayPronounAfterTheOutletGivesThePersonNamedBeforeNotTheOutlet()
    {
        var quote = Assert.Single(Analyze("وتحدثت المهندسة ليلى حداد عن المشروع الجديد في المدينة. ونقلت عنها صحيفة «الرأي» قولها إن العمل سينتهي العام المقبل."));

        Assert.Equal("العمل سينتهي العام المقبل", quote.Text);
        Assert.Equal("ليلى حداد", quote.Speaker!.Text);
    }
}
