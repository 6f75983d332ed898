using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// A half of a month is that span of its days (1–15, 16–the last), a half of a year its TIMEX3 half; sentences the team
/// wrote, read on Monday 10 August 2015.
/// </summary>
public sealed class TimeHalfOfPeriodTests
{
    [Theory]
    [InlineData("تبدأ الشركة تشغيل المصنع الجديد في النصف الثاني من سبتمبر المقبل.", "النصف الثاني من سبتمبر المقبل", "2015-09-16/2015-09-30")]
    [InlineData("سجلت الأسواق حركة نشطة في النصف الثاني من مايو الماضي.", "النصف الثاني من مايو الماضي", "2015-05-16/2015-05-31")]
    [InlineData("تراجعت أسعار النفط في النصف الأول من الشهر الماضي بنسبة ثمانية في المئة.", "النصف الأول من الشهر الماضي", "2015-07-01/2015-07-15")]
    [InlineData("ينتظر أن تصل الشحنة في النصف الأخير من الشهر الجاري.", "النصف الأخير من الشهر الجاري", "2015-08-16/2015-08-31")]
    [InlineData("افتتح المعرض أبوابه في النصف الأول من فبراير 2014.", "النصف الأول من فبراير 2014", "2014-02-01/2014-02-15")]
    public void AHalfOfAMonthIsItsSpanOfDays(string text, string span, string value)
    {
        var found = Find(text, span);
        Assert.Equal((TimexType.Date, value), (found?.Type, found?.Value));
    }

    [Fact]
    public void TheSecondHalfOfFebruaryEndsOnItsLastDay()
    {
        var found = Find("تعقد اللجنة اجتماعاتها في النصف الثاني من فبراير 2016.", "النصف الثاني من فبراير 2016");
        Assert.Equal((TimexType.Date, "2016-02-16/2016-02-29"), (found?.Type, found?.Value));
    }

    [Fact]
    public void AHalfOfTheCurrentYearIsItsTimexHalf()
    {
        var found = Find("ارتفعت أرباح المصرف خلال النصف الأول من العام الجاري.", "النصف الأول من العام الجاري");
        Assert.Equal((TimexType.Date, "2015-H1"), (found?.Type, found?.Value));
    }
}
