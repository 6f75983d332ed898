using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the tenth real-news draw (bench/time/realnews-sample-seed73.tsv) and the misses
/// pooled over all ten draws showed, on sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTenthSampleTests
{
    [Theory]
    [InlineData("تشهد الأسواق هذه الأيام إقبالا كبيرا على الملابس الصيفية.")]
    [InlineData("ويعمل الفريق في هذه الأيام على إنهاء التقرير.")]
    public void TheseDaysAreThePresent(string text) =>
        Assert.Equal("PRESENT_REF", Find(text, "هذه الأيام")?.Value);

    [Fact]
    public void TheseDaysAfterLikeAreATimeOfYearThatRecurs() =>
        Assert.DoesNotContain(Times("يبدأ موسم الرطب في مثل هذه الأيام، ويستمر أسابيع."), t => t.Value == "PRESENT_REF");

    [Theory]
    [InlineData("ستفتتح الشركة عشرة فروع خلال السنتين القادمتين في المنطقة.", "خلال السنتين القادمتين", "P2Y")]
    [InlineData("تراجعت المبيعات خلال السنتين الأخيرتين بنسبة كبيرة.", "خلال السنتين الأخيرتين", "P2Y")]
    public void TheFeminineDualOfADirectionMakesALength(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("وبعد ثلاثة أشهر من أزمة سياسية حادة أجريت الانتخابات.", "ثلاثة أشهر", "P3M")]
    [InlineData("أدانت المحكمة المتهم بعد سبع سنوات من التحقيق في القضية.", "سبع سنوات", "P7Y")]
    public void ALengthOfACrisisOrAnInvestigationIsADuration(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("عاد المسافرون إلى المملكة بعد قضاء إجازة العيد مع أسرهم.")]
    [InlineData("امتلأت الفنادق بالزوار خلال عطلة العيد.")]
    public void TheFeastsHolidayIsTheFeastsDay(string text) =>
        Assert.Equal("2015-07-17", Find(text, "العيد")?.Value);

    [Theory]
    [InlineData("انضم المدافع إلى النادي عام 2012، وتولى المدرب الجديد مهامه في نفس العام.", "نفس العام", "2012")]
    [InlineData("وصل الوفد إلى الرياض يوم 3 مايو 2014، واجتمع بالوزير في ذات اليوم.", "ذات اليوم", "2014-05-03")]
    public void TheSameWordBeforeAPeriodIsTheStorysPeriod(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void TheSamePeriodWithNoDateBeforeItIsNoTime() =>
        Assert.DoesNotContain(Times("يستطيع المريض العودة إلى منزله في نفس اليوم."), t => t.Text.Contains("اليوم", StringComparison.Ordinal));

    [Theory]
    [InlineData("يعاود اللاعبون تدريباتهم يوم الجمعة استعدادا للمباراة.", "يوم الجمعة", "2015-08-14")]
    [InlineData("تستعد البلدية لافتتاح الحديقة الجديدة الخميس بحضور المحافظ.", "الخميس", "2015-08-13")]
    [InlineData("ومن المقرر أن يصل الوفد إلى الرياض الأربعاء.", "الأربعاء", "2015-08-12")]
    public void ABareWeekdayAfterAWordOfAComingEventIsTheNextOne(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("أعلنت الوزارة يوم الجمعة نتائج القبول.", "يوم الجمعة", "2015-08-07")]
    [InlineData("وكان من المقرر أن يصل الوفد إلى الرياض الخميس.", "الخميس", "2015-08-06")]
    [InlineData("يعاود الفريق تدريباته يوم الاثنين في الملعب الرئيسي.", "يوم الاثنين", "2015-08-10")]
    public void ABareWeekdayReportedOrPlannedInThePastOrTodayStays(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);
}
