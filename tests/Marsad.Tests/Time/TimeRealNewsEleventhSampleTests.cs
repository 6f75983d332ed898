using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the eleventh real-news draw (bench/time/realnews-sample-seed79.tsv) and the
/// misses pooled over all eleven draws showed, on sentences the team wrote. The anchor (publication date) is Monday
/// 10 August 2015.
/// </summary>
public sealed class TimeRealNewsEleventhSampleTests
{
    [Theory]
    [InlineData("ارتفعت مبيعات المصنع في الربع الثاني من هذا العام بنسبة 9 في المائة مقارنة بالربع المماثل من العام الماضي.", "الربع المماثل من العام الماضي", "2014-Q2")]
    [InlineData("تراجعت إيرادات الفندق في الربع الأول من العام 2015 عن الربع المماثل من العام السابق.", "الربع المماثل من العام السابق", "2014-Q1")]
    [InlineData("بلغت أرباح المجموعة في النصف الأول من هذا العام 40 مليونا مقابل 31 مليونا في النصف المماثل من العام الماضي.", "النصف المماثل من العام الماضي", "2014-H1")]
    public void TheSameQuarterOrHalfOfAnotherYearIsTheStorysQuarterOrHalf(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void TheSameQuarterWithAHalfInTheStoryIsNotThatHalf() =>
        Assert.DoesNotContain(Times("ربح المتجر في النصف الأول من هذا العام 12 مليونا، مقارنة بالربع المماثل من العام الماضي."),
            t => t.Value == "2014-H1");

    [Theory]
    [InlineData("سجلت الشركة في الربع الثاني من هذا العام أرباحا بلغت 20 مليونا، بزيادة 15 في المائة مقارنة بالربع السابق.", "الربع السابق", "2015-Q1")]
    [InlineData("أعلن المصرف نتائج الربع الأول من عام 2015 وقال إن الربع التالي سيشهد تحسنا.", "الربع التالي", "2015-Q2")]
    [InlineData("تراجعت الصادرات في الربع الأول من عام 2015 عن الربع السابق بنسبة 4 في المائة.", "الربع السابق", "2014-Q4")]
    public void APreviousOrNextQuarterIsCountedFromTheStorysQuarter(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void APreviousQuarterIsCountedFromTheStatementsQuarterNotFromAComparedOne() =>
        Assert.Equal("2015-Q1", Find("نمت الأرباح في الربع الثاني من هذا العام 5 في المائة عن الربع المماثل من العام الماضي، و3 في المائة عن الربع السابق.", "الربع السابق")?.Value);

    [Fact]
    public void APreviousQuarterWithNoQuarterBeforeItIsNoTime() =>
        Assert.DoesNotContain(Times("قال المحلل إن النتائج جاءت أفضل من الربع السابق."), t => t.Text.Contains("الربع", StringComparison.Ordinal));

    [Theory]
    [InlineData("يمنع التجول في المدينة من الساعة الثامنة مساء وحتى الخامسة من صباح اليوم التالي.", "من الساعة الثامنة مساء وحتى الخامسة من صباح اليوم التالي", "T20:00/T05:00")]
    [InlineData("تغلق الحدائق أبوابها من العاشرة مساء حتى السادسة من صباح اليوم التالي.", "من العاشرة مساء حتى السادسة من صباح اليوم التالي", "T22:00/T06:00")]
    public void AClockRangeToTheNextDaysMorningIsADailySchedule(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void AClockOnTheNextDaysMorningAfterADatedDayIsOnTheDayAfterIt() =>
        Assert.Equal("2015-08-03T04:00", Find("وصل الفريق إلى المدينة يوم الأحد 2 أغسطس، وغادرها في الساعة الرابعة من صباح اليوم التالي.",
            "الساعة الرابعة من صباح اليوم التالي")?.Value);

    [Fact]
    public void AClockOnTheNextDaysMorningWithNoDayIsOnNoKnownDay() =>
        Assert.Equal("T04:00", Find("يتجمع الحجاج ليلا ثم ينطلقون في الساعة الرابعة من صباح اليوم التالي.", "الساعة الرابعة من صباح اليوم التالي")?.Value);

    [Theory]
    [InlineData("يسمح للمتاجر بالعمل من الساعة العاشرة صباحا حتى الساعة الثانية عشرة مساء.", "من الساعة العاشرة صباحا حتى الساعة الثانية عشرة مساء", "T10:00/T00:00")]
    [InlineData("تستقبل العيادة المراجعين من الساعة 4 عصرا حتى الساعة 12 مساء.", "من الساعة 4 عصرا حتى الساعة 12 مساء", "T16:00/T00:00")]
    public void TwelveAtNightIsMidnight(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("تغيرت عادات الشراء كثيرا، فالأسر اليوم تعتمد على المتاجر الإلكترونية.")]
    [InlineData("يرى الخبراء أن الاقتصاد العالمي اليوم يواجه مرحلة صعبة.")]
    [InlineData("كانت القرية صغيرة، ولكن البلدة اليوم تحتضن آلاف السكان.")]
    public void ADefiniteSubjectFrontedBeforeTodayAndItsVerbStatesThePresent(string text) =>
        Assert.Equal("PRESENT_REF", Find(text, "اليوم")?.Value);

    [Theory]
    [InlineData("يفتتح الأمير اليوم المعرض الدولي للكتاب.")]
    [InlineData("ذكرت صحيفة \"الوطن\" الصادرة اليوم نقلا عن مصادرها أن الاجتماع تأجل.")]
    [InlineData("أعلن الوزير اليوم تفاصيل الخطة الجديدة.")]
    public void TodayAfterAVerbOrAnAdjectiveIsTheDay(string text) =>
        Assert.Equal("2015-08-10", Find(text, "اليوم")?.Value);
}
