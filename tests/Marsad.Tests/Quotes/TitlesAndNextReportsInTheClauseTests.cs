using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>Words in marks after a noun of a title or term name it, no quote; a clause ends where the speaker's next
/// report begins: «، كما أوضح أن…» or a noun of saying with its marks («بقوله "…"»), and at «، تبعا لما ذكرته X».</summary>
public sealed class TitlesAndNextReportsInTheClauseTests
{
    [Fact]
    public void ATermInMarksAfterItsNounIsNoQuote()
    {
        var quotes = Analyze("ويشير المؤلف في كتابه إلى مصطلح «الاقتصاد الأخضر في المدن الكبرى» الذي ظهر قبل عقدين.");

        Assert.Empty(quotes);
    }

    // Guard: with the subject written, the complementiser right after the marks kept the title out on the base already.
    [Fact]
    public void ATitleInMarksBeforeAComplementiserLeavesTheReportAfterIt()
    {
        var quotes = Analyze("ويقول الباحث في دراسة تحت عنوان «مستقبل المياه في الخليج العربي» إن الطلب سيتضاعف.");

        Assert.Equal(["الطلب سيتضاعف"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void APrepositionBeforeATitleAfterTheVerbIsNoSpeaker()
    {
        var quotes = Analyze("وقال الوزير خالد العمري إن المشروع يتقدم. ويقول تحت عنوان «مستقبل المياه في الخليج» إن الطلب سيتضاعف.");

        Assert.Equal("الطلب سيتضاعف", quotes[1].Text);
        Assert.Equal("خالد العمري", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void AlsoWithAVerbOfSayingAfterACommaOpensTheSpeakersNextReport()
    {
        var quotes = Analyze("وقال المدير التنفيذي للشركة إن المبيعات ارتفعت بنسبة كبيرة خلال الربع الأول، كما أوضح أن الشركة تعتزم افتتاح فروع جديدة في المنطقة.");

        Assert.Equal(["المبيعات ارتفعت بنسبة كبيرة خلال الربع الأول", "الشركة تعتزم افتتاح فروع جديدة في المنطقة"], quotes.Select(q => q.Text));
        Assert.Equal("المدير التنفيذي", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void ANounOfSayingWithItsMarksEndsTheIndirectClauseWithoutAComma()
    {
        var quotes = Analyze("وأضاف المتحدث أن الوزارة تتابع الأمر بقوله «لن نسمح بأي تجاوز في هذا الملف».");

        Assert.Equal(["الوزارة تتابع الأمر", "لن نسمح بأي تجاوز في هذا الملف"], quotes.Select(q => q.Text));
        Assert.Equal("المتحدث", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void AccordingToWithTabanEndsTheReportedClause()
    {
        var quotes = Analyze("وأكد الخبراء أن الأسعار ستنخفض في الأشهر المقبلة، تبعا لما ذكرته صحيفة محلية أمس.");

        Assert.Equal("الأسعار ستنخفض في الأشهر المقبلة", quotes[0].Text);
    }
}
