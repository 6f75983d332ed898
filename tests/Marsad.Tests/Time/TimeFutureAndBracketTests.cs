using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the eleventh real-news draw left (src/Marsad/Time/README.md), on sentences the team wrote: a weekday after a
/// verb in the future tense, and a clock time set in brackets. The anchor is Monday 10 August 2015.
/// </summary>
public sealed class TimeFutureAndBracketTests
{
    [Theory]
    [InlineData("سيناقش المجلس البلدي مشروع الميزانية الجديدة يوم الثلاثاء.", "يوم الثلاثاء", "2015-08-11")]
    [InlineData("وستعقد اللجنة اجتماعها الأول الأحد في مقر الوزارة.", "الأحد", "2015-08-16")]
    [InlineData("سيناقش المجلس نتائج أعمال الربع الثاني وتوزيعات الأرباح يوم الثلاثاء.", "يوم الثلاثاء", "2015-08-11")]
    [InlineData("ويسافر المنتخب إلى جدة ثم سيلتقي نظيره العماني يوم الخميس.", "يوم الخميس", "2015-08-13")]
    public void ABareWeekdayAfterAVerbInTheFutureTenseIsTheNextOne(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("سرق اللصوص سيارة المواطن من أمام منزله يوم الثلاثاء.", "يوم الثلاثاء", "2015-08-04")]
    [InlineData("شارك ستين متسابقا في السباق الأحد على الكورنيش.", "الأحد", "2015-08-09")]
    [InlineData("تضررت سنوات من العمل في الحريق الذي شب يوم الخميس.", "يوم الخميس", "2015-08-06")]
    public void ANounThatBeginsLikeTheFuturePrefixLeavesTheWeekdayTheLastOne(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void AClockInBracketsTakesThePartOfTheDayAfterThem() =>
        Assert.Equal("2015-08-09T23:59", Find("أغلقت مراكز الاقتراع أبوابها يوم الأحد الساعة (11:59) مساءً.", "يوم الأحد الساعة (11:59) مساءً")?.Value);

}
