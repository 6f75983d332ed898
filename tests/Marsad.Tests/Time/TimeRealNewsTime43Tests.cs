using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the earlier real-news draws left (time43): a day, a month name and a year joined by slashes («7/يوليو/2015 م»)
/// and a year before the era («عام 540 قبل الميلاد», «300 ق.م», TIMEX3 BC0540); sentences the team wrote, read on
/// Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime43Tests
{
    [Theory]
    [InlineData("وصل الوفد التجاري إلى المدينة يوم 9/أغسطس/2014 م بعد رحلة طويلة.", "يوم 9/أغسطس/2014 م", "2014-08-09")]
    [InlineData("افتتحت المكتبة العامة في 21/مارس/2013 بحضور المحافظ.", "21/مارس/2013", "2013-03-21")]
    public void ADayMonthNameAndYearJoinedBySlashesIsADate(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void ASlashedDayAndMonthWithoutAYearIsNoSlashedDate() =>
        // Without the year the slash may join a ratio or a list: the month alone is read, not a day of it.
        Assert.DoesNotContain(Times("فاز الفريق 3/مايو في بطولة الحي."), t => t.Value.EndsWith("-05-03", StringComparison.Ordinal));

    [Theory]
    [InlineData("شيدت القلعة القديمة عام 540 قبل الميلاد على سفح الجبل.", "عام 540 قبل الميلاد", "BC0540")]
    [InlineData("عاش الحكيم في القرية نحو 300 ق.م وترك كتبا كثيرة.", "300 ق.م", "BC0300")]
    [InlineData("دمرت المدينة في 1200 قبل الميلاد إثر زلزال عنيف.", "1200 قبل الميلاد", "BC1200")]
    public void AYearBeforeTheEraIsWrittenBc(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void ThatYearAfterAYearBeforeTheEraIsThatWholeYear() =>
        Assert.Equal("BC0612", Find("سقطت العاصمة القديمة عام 612 قبل الميلاد. وفي ذلك العام انتقل الملك إلى مدينة أخرى.", "ذلك العام")?.Value);
}
