using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the twelfth real-news draw (bench/time/realnews-sample-seed83.tsv) and the
/// misses pooled over all twelve draws showed, on sentences the team wrote. The anchor (publication date) is Monday
/// 10 August 2015 (25 Shawwal 1436).
/// </summary>
public sealed class TimeRealNewsTwelfthSampleTests
{
    // Five sentences that date nothing, as a column opens.
    private const string UndatedLead =
        "كانت القرى في الماضي تعتمد على الزراعة. وكان الناس يعملون في الحقول. ثم جاءت المدارس والطرق. " +
        "وتغيرت المهن شيئا فشيئا. وهاجر كثير من الشباب إلى المدن. ";

    [Theory]
    [InlineData("وتشهد القرى اليوم تحولا كبيرا في أنماط العيش.")]
    [InlineData("فالأسماء القديمة قد اندرست اليوم.")]
    public void ALoneTodayPastAnUndatedLeadIsThePresent(string sentence) =>
        Assert.Equal("PRESENT_REF", Find(UndatedLead + sentence, "اليوم")?.Value);

    [Fact]
    public void ALoneTodayInATextThatNamesAnotherDayIsTheDay() =>
        Assert.Equal("2015-08-10", Find(UndatedLead + "وزار الوزير القرية أمس. وتشهد القرى اليوم تحولا كبيرا.", "اليوم")?.Value);

    [Fact]
    public void ALoneTodayInTheLeadIsTheDay() =>
        Assert.Equal("2015-08-10", Find("وتشهد القرى اليوم افتتاح مدرسة جديدة. " + UndatedLead, "اليوم")?.Value);

    [Fact]
    public void FromTodayPastAnUndatedLeadIsTheDay() =>
        Assert.Equal("2015-08-10", Times(UndatedLead + "ويبدأ العمل بالنظام الجديد من اليوم.").Single(t => t.Text.Contains("اليوم", StringComparison.Ordinal)).Value);

    [Fact]
    public void TodayWithAQuotedWeekdayPastAnUndatedLeadIsTheDay() =>
        Assert.Equal("2015-08-10", Times(UndatedLead + "يذكر أن اليوم «الاثنين» يشهد حفل الختام.").First(t => t.Text.StartsWith("اليوم", StringComparison.Ordinal)).Value);

    [Theory]
    [InlineData("يستمر المعرض حتى العشرين من أغسطس المقبل.", "2015-08-20")]
    [InlineData("يعقد الاجتماع في 27 أغسطس المقبل بالقاهرة.", "2015-08-27")]
    [InlineData("يعقد الاجتماع في الخامس من أغسطس المقبل بالقاهرة.", "2016-08-05")]
    [InlineData("وصل الوفد في الخامس من أغسطس الماضي.", "2015-08-05")]
    [InlineData("وصل الوفد في العشرين من أغسطس الماضي.", "2014-08-20")]
    public void ADayOfTheAnchorsMonthWithADirectionIsTheNextOrLastSuchDate(string text, string value) =>
        Assert.Equal(value, Times(text).Single(t => t.Text.Contains("أغسطس", StringComparison.Ordinal)).Value);

    [Theory]
    [InlineData("تنتهي المرحلة الأولى بنهاية شهر شوال المقبل.", "2015-08")]
    [InlineData("بدأ العمل في المشروع مطلع شهر شوال الماضي.", "2015-07")]
    [InlineData("يبدأ التسجيل مطلع شهر شوال المقبل.", "2016-07")]
    public void APartOfTheAnchorsOwnMonthOnTheSideItsDirectionNamesIsThisMonths(string text, string value) =>
        Assert.Equal(value, Times(text).Single(t => t.Text.Contains("شوال", StringComparison.Ordinal)).Value);

    [Fact]
    public void TheNightBeforeLastIsTwoNightsBack() =>
        Assert.Equal("2015-08-08TNI", Find("صدت القوات هجوما في ساعة متأخرة من الليلة قبل الماضية.", "الليلة قبل الماضية")?.Value);
}
