using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the twenty-first and twenty-second real-news draws showed (bench/time/realnews-sample-seed117.tsv,
/// realnews-sample-seed119.tsv); sentences the team wrote, anchor Monday 10 August 2015 (25 Shawwal 1436).
/// </summary>
public sealed class TimeRealNewsTime34Tests
{
    [Fact]
    public void AFinancialYearWithADirectionUnderAModifierIsThatYear()
    {
        var found = Find("تأمل البلدية أن تنهي أعمال تأهيل الحدائق قبل نهاية العام المالي الجاري.", "قبل نهاية العام المالي الجاري");
        Assert.Equal((TimexType.Date, "2015"), (found?.Type, found?.Value));
    }

    [Fact]
    public void ALastFinancialYearIsTheYearBefore()
    {
        var found = Find("تراجعت أرباح الصندوق خلال السنة المالية الماضية بعد هبوط أسعار النفط.", "السنة المالية الماضية");
        Assert.Equal((TimexType.Date, "2014"), (found?.Type, found?.Value));
    }

    [Fact]
    public void TheSamePeriodAfterAYearsFirstMonthsIsThatStretchOfTheOtherYear()
    {
        var found = Find("وارتفعت مبيعات المصنع خلال الأشهر الخمسة الأولى من عام 2015 لتبلغ بنهاية مايو 12 مليون ريال، مقارنة بتسعة ملايين لنفس الفترة من العام الماضي.",
            "نفس الفترة من العام الماضي");
        Assert.Equal((TimexType.Date, "2014"), (found?.Type, found?.Value));
    }

    [Theory]
    [InlineData("وسجلت الصفقات الأسبوعية لسوق الأسهم ارتفاعا طفيفا.")]
    [InlineData("واصل المؤشر تراجعه ليسجل أدنى مستوى أسبوعي له منذ يناير.")]
    [InlineData("وتحسن الأداء الأسبوعي للقطاع المصرفي بنهاية التعاملات.")]
    [InlineData("نقل الخبر مراسلنا سعد بن الحارث الشهري من أبها.")]
    public void AnAmountOrALevelOverAPeriodOrAFamilyNameIsNoRecurrence(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Type == TimexType.Set);

    [Fact]
    public void WeekdaysFollowedByTheirDaysInBracketsAreThoseDays()
    {
        var times = Times("تستقبل اللجنة طلبات المتقدمين أيام الثلاثاء والأربعاء والخميس (26، 27، 28 شوال الجاري) في مقرها.");
        Assert.Equal(["2015-08-11", "2015-08-12", "2015-08-13", "2015-08-11", "2015-08-12", "2015-08-13"], times.Select(t => t.Value).ToArray());
    }

    [Fact]
    public void ABareDayInABracketedListTakesTheLastDaysMonth()
    {
        var found = Find("تقام المباريات التمهيدية (27 و28 شوال الجاري) على ملعب المدينة.", "27");
        Assert.Equal((TimexType.Date, "2015-08-12"), (found?.Type, found?.Value));
    }

    [Fact]
    public void SquareMetresAfterANumberAreNoYear() =>
        Assert.DoesNotContain(Times("وتبلغ مساحة المستودع الذي احترق 2000 م2 في المنطقة الصناعية."), t => t.Type == TimexType.Date);

    [Fact]
    public void BeforeNoonIsTheMorning()
    {
        var found = Find("عقد المتحدث باسم الوزارة مؤتمرا صحفيا قبل ظهر اليوم في الرياض.", "قبل ظهر اليوم");
        Assert.Equal((TimexType.Time, "2015-08-10TMO"), (found?.Type, found?.Value));
    }
}
