using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the nineteenth real-news draw showed (bench/time/realnews-sample-seed113.tsv); sentences the team wrote, anchor
/// Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime30Tests
{
    [Theory]
    [InlineData("ارتفعت أسعار الخضار في الأسواق خلال اليومين المنصرمين بسبب الحر.", "خلال اليومين المنصرمين", "P2D")]
    [InlineData("تراجعت المبيعات خلال الأسبوعين الفائتين في المتاجر الكبرى.", "خلال الأسبوعين الفائتين", "P2W")]
    public void ADualPastAdjectiveAfterADualPeriodIsItsLength(string text, string words, string value)
    {
        var found = Find(text, words);
        Assert.Equal((TimexType.Duration, value), (found?.Type, found?.Value));
    }

    [Fact]
    public void ThatYearIsTheYearTheStoryLastNamed()
    {
        var found = Find("تأسس النادي عام 1998، وفاز في ذلك العام بكأس المنطقة لأول مرة.", "ذلك العام");
        Assert.Equal((TimexType.Date, "1998"), (found?.Type, found?.Value));
    }

    [Fact]
    public void ThatYearAfterAMonthIsTheYearNamedBeforeTheMonth()
    {
        var found = Find("افتتح المصنع عام 2009، وفي مارس من ذلك العام بدأ الإنتاج الفعلي.", "ذلك العام");
        Assert.Equal((TimexType.Date, "2009"), (found?.Type, found?.Value));
    }

    [Fact]
    public void AClockRangeStartWithoutAPartOfTheDayTakesTheEndsEvening()
    {
        var found = Find("تستقبل المكتبة زوارها يوميا من الساعة 5 إلى 10 مساء طوال الصيف.", "من الساعة 5 إلى 10 مساء");
        Assert.Equal((TimexType.Time, "T17:00/T22:00"), (found?.Type, found?.Value));
    }

    [Fact]
    public void AnOutletTheBylineNamedIsTheOutletAgainWithAClitic() =>
        Assert.DoesNotContain(Times("سارة محمد – صدى اليوم\nافتتحت البلدية حديقة جديدة في الحي، وقال مدير المشروع لصدى اليوم إن العمل استمر عاما كاملا."),
            t => t.Text == "اليوم");
}
