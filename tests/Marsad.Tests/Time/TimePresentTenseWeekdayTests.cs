using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// A bare weekday governed by a plain imperfect verb is a day on the schedule to come (FutureWeekday), found in the
/// thirteenth draw (bench/time/realnews-sample-seed89.tsv); sentences the team wrote. The anchor is Monday 10 August 2015.
/// </summary>
public sealed class TimePresentTenseWeekdayTests
{
    [Theory]
    [InlineData("يناقش البرلمان مشروع الميزانية الخميس.", "الخميس", "2015-08-13")]
    [InlineData("ويلعب المنتخب مباراته الودية يوم السبت في جدة.", "يوم السبت", "2015-08-15")]
    public void ABareWeekdayAfterAPlainImperfectIsTheNextOne(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("ناقش البرلمان مشروع الميزانية الخميس.", "الخميس", "2015-08-06")]
    [InlineData("لم يحضر الوزير جلسة البرلمان الخميس.", "الخميس", "2015-08-06")]
    [InlineData("تراجع سعر النفط الخميس إلى أدنى مستوى.", "الخميس", "2015-08-06")]
    [InlineData("أعلن المتحدث أن الوزير وصل إلى الرياض بعد أن قدم استقالته الخميس.", "الخميس", "2015-08-06")]
    public void ABareWeekdayAfterAPerfectANegatedOrAFarImperfectStays(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);
}
