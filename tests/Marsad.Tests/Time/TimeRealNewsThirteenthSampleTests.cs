using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the thirteenth real-news draw (bench/time/realnews-sample-seed89.tsv) and the
/// misses pooled over all thirteen draws showed, on sentences the team wrote. The anchor (publication date) is Monday
/// 10 August 2015.
/// </summary>
public sealed class TimeRealNewsThirteenthSampleTests
{
    // A column: a cue reads its first «اليوم» as the present, and it names no day.
    private const string Column =
        "نحن اليوم نعيش مرحلة صعبة في المنطقة. وتتغير التحالفات بسرعة لم نعهدها. ";

    [Fact]
    public void ALoneTodayInAColumnWhoseOtherTodayIsThePresentIsThePresent() =>
        Assert.Equal(["PRESENT_REF", "PRESENT_REF"],
            Times(Column + "لذلك فإن خططنا اليوم تقوم على الشراكة مع الجيران.").Where(t => t.Text == "اليوم").Select(t => t.Value));

    [Fact]
    public void TomorrowInAColumnWhoseTodayIsThePresentIsTheFuture() =>
        Assert.Equal("FUTURE_REF", Find(Column + "ومن لا يستعد لها سيدفع الثمن غدا.", "غدا")?.Value);

    [Fact]
    public void TodayAndTomorrowInAReportThatNamesADayStayDays()
    {
        var times = Times(Column + "وقال الوزير أمس إن اللجنة تجتمع غدا.");
        Assert.Equal("2015-08-11", times.Single(t => t.Text == "غدا").Value);
    }

    [Fact]
    public void TodayInTheLeadOfAReportStaysTheDayWhateverItsQuotesSay() =>
        Assert.Equal("2015-08-10", Times("افتتح الأمير اليوم المعرض الدولي للكتاب. وقال في كلمته: «نحن اليوم نحتفي بالثقافة». ")
            .First(t => t.Text == "اليوم").Value);

    [Theory]
    [InlineData("وما زال المبنى مهجورا حتى اليوم.")]
    [InlineData("ولم تعلن أي جهة مسؤوليتها حتى اليوم.")]
    public void UntilTodayOfALastingStateIsThePresent(string sentence) =>
        Assert.Equal("PRESENT_REF", Find(sentence, "حتى اليوم")?.Value);

    [Fact]
    public void UntilTodayEndingAStretchIsTheDay() =>
        Assert.Equal("2015-08-10", Find("وتستمر فعاليات المهرجان حتى اليوم.", "حتى اليوم")?.Value);

    [Theory]
    [InlineData("وحذر الخطيب من فتن هذا العصر وأثرها في الناشئة.", "هذا العصر")]
    [InlineData("تغيرت وسائل التعليم في العصر الحديث تغيرا كبيرا.", "العصر الحديث")]
    [InlineData("وتحدث عن هموم شباب هذا الزمان وطموحاتهم.", "هذا الزمان")]
    public void ThePresentAgeNamedByAnEraNounIsThePresent(string sentence, string expression) =>
        Assert.Equal("PRESENT_REF", Find(sentence, expression)?.Value);

    [Theory]
    [InlineData("وارتفعت المبيعات في الربع الثاني من العام مقارنة مع الربع الأول، فيما تراجعت الهوامش عن الربع السابق.")]
    [InlineData("وارتفعت المبيعات في الربع الثاني من العام مقارنة بالربع الأول، فيما تراجعت الهوامش عن الربع السابق.")]
    public void ThePreviousQuarterCountsFromTheStorysQuarterNotTheOneComparedWithIt(string sentence) =>
        Assert.Equal("2015-Q1", Find(sentence, "الربع السابق")?.Value);

    [Fact]
    public void ADateWithinHalfAYearKeepsItsYearAgainstItsWeekday()
    {
        // 30 July 2015 was a Thursday; «الأربعاء 30 يوليو» fits 2014, a year before.
        var time = Find("وكانت الوزارة قد أعلنت الأربعاء 30 يوليو عن الخطة.", "الأربعاء 30 يوليو");
        Assert.Equal("2015-07-30", time?.Value);
        Assert.Contains(Marsad.Time.TimeFlags.WeekdayMismatch, time!.Flags);
    }
}
