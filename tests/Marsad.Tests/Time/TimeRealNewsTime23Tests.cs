using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes of time error the sixteenth draw (bench/time/realnews-sample-seed103.tsv) and the earlier ones (-seed101.tsv,
/// -seed97.tsv) showed, on sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime23Tests
{
    [Theory]
    [InlineData("افتتحت الشركة مصنعها الأول في 2006 وبعد عامين افتتحت مصنعا ثانيا في جدة.", "بعد عامين", "2008")]
    [InlineData("انضم اللاعب إلى النادي في مارس 2011 ثم أعاره بعد ثلاثة أشهر إلى فريق آخر.", "بعد ثلاثة أشهر", "2011-06")]
    public void ALengthAfterAPastDateItsSentenceWroteCountsFromThatDate(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.Equal((TimexType.Date, value), (found?.Type, found?.Value));
    }

    [Fact]
    public void ALengthAfterAVerbInTheFutureStillCountsFromNow()
    {
        var found = Find("بلغ عدد المدارس 300 مدرسة عام 2010 وسيرتفع إلى 500 مدرسة بعد عامين.", "بعد عامين");
        Assert.Equal((TimexType.Date, "2017"), (found?.Type, found?.Value));
    }

    [Fact]
    public void HoldingAfterMinKhilalIsNoDecade() =>
        Assert.Empty(Times("عززت الوزارة التعاون مع الجامعات من خلال عقد اتفاقيات مشتركة."));

    [Fact]
    public void AlIthnaynAfterBaynaWithNoSecondWeekdayIsTheTwo() =>
        Assert.DoesNotContain(Times("يحب المخرج التنقل بين الاثنين (المسرح والسينما) كلما أنهى عملا."), t => t.Text.Contains("الاثنين"));

    [Fact]
    public void TheLastQuarterAloneIsTheLastOneReported()
    {
        var found = Find("ارتفعت أرباح الشركة بنسبة 12% في الربع الأخير بفضل مبيعاتها في آسيا.", "الربع الأخير");
        Assert.Equal((TimexType.Date, "2015-Q2"), (found?.Type, found?.Value));
    }

    [Fact]
    public void ShortlyAfterNoonIsTheAfternoon()
    {
        var found = Find("وصل الوفد إلى العاصمة بعيد ظهر الأحد قادما من القاهرة.", "بعيد ظهر الأحد");
        Assert.Equal((TimexType.Time, "2015-08-09TAF"), (found?.Type, found?.Value));
    }
}
