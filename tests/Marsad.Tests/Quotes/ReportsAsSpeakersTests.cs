using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>A report or study speaks for the body that issued it: named with it, or, when it stands alone, named with the
/// same noun earlier in the article.</summary>
public sealed class ReportsAsSpeakersTests
{
    [Fact]
    public void ALoneReportSpeaksForTheIssuerNamedWithItEarlier()
    {
        var quotes = Analyze("وقال تقرير صادر عن البنك الدولي إن النمو في المنطقة سيتباطأ هذا العام. وأوضح التقرير أن أسعار النفط المنخفضة تضغط على موازنات الدول المصدرة.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("org:world-bank", quotes[0].Speaker!.EntityId);
        Assert.Equal("org:world-bank", quotes[1].Speaker!.EntityId);
        Assert.Equal("التقرير", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void AStudyNamedAgainAfterAnotherSpeakerStillSpeaksForItsIssuer()
    {
        var quotes = Analyze("وذكرت دراسة أجرتها منظمة الصحة العالمية أن نصف البالغين لا يمارسون الرياضة بانتظام. وقال وزير الصحة إن الوزارة ستدعم الأندية الرياضية. وأوضحت الدراسة أن النساء أقل نشاطا من الرجال.");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("النساء أقل نشاطا من الرجال", quotes[2].Text);
        Assert.Equal("org:who", quotes[2].Speaker!.EntityId);
        Assert.Equal("الدراسة", quotes[2].Speaker!.Text);
    }

    [Fact]
    public void DataNamedWithABodySpeakForIt()
    {
        var quotes = Analyze("وقال مسؤول في الوزارة إن المشروع تأخر. وتشير بيانات منظمة الصحة العالمية إلى أن الإصابات تراجعت.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("الإصابات تراجعت", quotes[1].Text);
        Assert.Equal("org:who", quotes[1].Speaker!.EntityId);
    }

    [Fact]
    public void FiguresCitedAfterAnAttributionAreNobodysWords() =>
        Assert.Empty(Analyze("ووفقا لبيانات وزارة الصحة، ارتفع عدد الحالات المسجلة إلى 300 حالة هذا الأسبوع."));
}
