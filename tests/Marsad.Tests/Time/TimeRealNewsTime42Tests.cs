using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the earlier real-news draws left (time42): a clock written with a full stop after «الساعة» («الساعة 20.30»),
/// «الأول من أمس» as the day before yesterday, a lone «اليوم» past a column's first three sentences as the present, and
/// a time expression in a plan's object counted as one word between the verb of intending and its weekday;
/// sentences the team wrote, read on Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime42Tests
{
    [Fact]
    public void AClockWithAFullStopAfterAlSaaIsHoursAndMinutes()
    {
        var times = Times("انطلقت المباراة الساعة 20.30 من مساء السبت على ملعب المدينة.");
        Assert.Contains(times, t => t.Type == TimexType.Time && t.Value == "2015-08-08T20:30");
        // Without «الساعة» the digits stay an amount.
        Assert.DoesNotContain(Times("ارتفع المؤشر 20.30 نقطة في ختام التعاملات."), t => t.Type == TimexType.Time);
    }

    [Theory]
    [InlineData("اندلع حريق في مستودع للأخشاب مساء الأول من أمس.", "مساء الأول من أمس", "2015-08-08TEV")]
    [InlineData("وصل الوفد إلى العاصمة الأول من أمس.", "الأول من أمس", "2015-08-08")]
    public void AlAwwalMinAmsIsTheDayBeforeYesterday(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void ALoneTodayPastAColumnsFirstThreeSentencesIsThePresent()
    {
        var column = "كانت المدينة في الماضي قرية صغيرة على ضفة النهر. عاش أهلها على الصيد والزراعة. ثم جاءت الطرق الحديثة فتغير كل شيء. تضم المدينة اليوم عشرات المصانع والمدارس.";
        Assert.Equal("PRESENT_REF", Find(column, "اليوم")?.Value);
        // A report names its day in its lead.
        var report = "أعلنت الوزارة اليوم عن خطة جديدة للنقل. وتشمل الخطة عشرين مشروعا. وقال المتحدث إن التنفيذ يبدأ قريبا.";
        Assert.Equal("2015-08-10", Find(report, "اليوم")?.Value);
    }

    [Fact]
    public void ATimeExpressionInAPlansObjectCountsAsOneWordBeforeItsWeekday()
    {
        var plan = "يعتزم مجلس إدارة البنك مناقشة نتائج الربع الثاني من العام يوم الأربعاء.";
        Assert.Equal("2015-08-12", Find(plan, "يوم الأربعاء")?.Value);
        // A report of the past keeps the last such day.
        Assert.Equal("2015-08-05", Find("ناقش مجلس إدارة البنك نتائج الربع الثاني من العام يوم الأربعاء.", "يوم الأربعاء")?.Value);
    }
}
