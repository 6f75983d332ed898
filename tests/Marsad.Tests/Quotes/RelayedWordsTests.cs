using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>A relaying verb (نقل عن) whose preposition carries a pronoun («ونقلت عنه الوكالة») relays the words of the
/// person named before, not of the outlet that relays them; an outlet named with «حسب» between a verb of saying and its
/// report only tells what the verb's subject said.</summary>
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

    [Fact]
    public void AnOutletSetOffWithHasabBetweenTheVerbAndItsReportLeavesTheWrittenSubjectSpeaking()
    {
        var quote = Assert.Single(Analyze("وقال مزارعون محليون - حسب وكالة رويترز - إن السيول أتلفت محاصيل القمح."));

        Assert.Equal("السيول أتلفت محاصيل القمح", quote.Text);
        Assert.Equal("مزارعون محليون", quote.Speaker!.Text);
        Assert.Null(quote.Speaker.EntityId);
    }

    [Fact]
    public void AnOutletSetOffWithHasabLeavesTheNamedPersonSpeakingThroughTheNextSentence()
    {
        var quotes = Analyze("وقال المهندس سامر الخطيب - بحسب وكالة رويترز - إن الجسر سيفتتح في الربيع. وأضاف أن العمل يسير وفق الخطة.");

        Assert.Equal(["الجسر سيفتتح في الربيع", "العمل يسير وفق الخطة"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("سامر الخطيب", q.Speaker!.Text));
    }
}
