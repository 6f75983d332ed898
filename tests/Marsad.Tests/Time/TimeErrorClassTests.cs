using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error real news exposed (issue 9, section 2), on sentences the team wrote.
/// The anchor (publication date) is Wednesday 15 March 2023 throughout.
/// </summary>
public sealed class TimeErrorClassTests
{
    private static readonly DateOnly Anchor = new(2023, 3, 15);

    private static IReadOnlyList<TimeExpression> Times(string text) => TimeRecognizer.Default.Recognize(text, Anchor);

    private static string? ValueOf(string text, string expression) =>
        Times(text).SingleOrDefault(t => t.Text.Contains(expression, StringComparison.Ordinal))?.Value;

    [Theory]
    [InlineData("اندلعت الاشتباكات في 5 مارس، وفي اليوم التالي أعلنت الحكومة حظر التجول.", "اليوم التالي", "2023-03-06")]
    [InlineData("اندلعت الاشتباكات في 5 مارس، وفي اليوم نفسه أعلنت الحكومة حظر التجول.", "اليوم نفسه", "2023-03-05")]
    [InlineData("وصل الوفد يوم 2 فبراير، وغادر في اليوم ذاته بعد لقاء قصير.", "اليوم ذاته", "2023-02-02")]
    public void TheSameOrNextDayCountsFromTheLastDateTheTextGives(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression));

    [Theory]
    [InlineData("وفي مثل هذا اليوم من عام 2011 خرج آلاف المتظاهرين إلى الشوارع.", "مثل هذا اليوم من عام 2011", "2011-03-15")]
    [InlineData("ولد الشاعر في 20 يناير 1950، وفي مثل هذا اليوم نال جائزته الأولى بعد ثلاثين عاما.", "مثل هذا اليوم", "1950-01-20")]
    [InlineData("نستعيد في مثل هذا اليوم ذكرى رحيل الفنان الكبير.", "مثل هذا اليوم", "XXXX-03-15")]
    public void OnThisDayIsTheSameDayOfAnotherYearNotToday(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression));

    [Theory]
    [InlineData("وقع الهجوم الأول في 2015 وتكرر عام 2016.", "2015", "2015")]
    [InlineData("بلغت الصادرات خلال 2019 مستوى قياسيا.", "2019", "2019")]
    [InlineData("منذ عام 2014 لم يتغير شيء في المدينة.", "2014", "2014")]
    public void ABareYearAfterAPrepositionIsThatYear(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression));

    [Theory]
    [InlineData("ينصح الأطباء بتناول ثلاث وجبات في اليوم على الأقل.", "في اليوم")]
    [InlineData("يتدرب الفريق مرتين في الأسبوع.", "في الأسبوع")]
    public void AQuantityPerDayIsARateNotADate(string text, string expression)
    {
        var time = Assert.Single(Times(text), t => t.Text.Contains(expression[3..], StringComparison.Ordinal));
        Assert.Equal(TimexType.Set, time.Type);
    }

    [Theory]
    [InlineData("ونقلت صحيفة اليوم السابع عن مصدر أمني أن التحقيق مستمر.")]
    [InlineData("وقال مراسل قناة روسيا اليوم إن القصف توقف.")]
    [InlineData("وذكرت صحيفة المصري اليوم أن الأسعار ارتفعت.")]
    [InlineData("ونشرت صحيفة الغد الأردنية التقرير كاملا.")]
    public void ATimeWordInsideAnOutletsNameIsNoTime(string text) =>
        Assert.Empty(Times(text));

    [Theory]
    [InlineData("وصلت طائرات أمريكية إلى قاعدة عسكرية في تركيا اليوم الأربعاء.", "2023-03-15")]
    [InlineData("أعلنت روسيا اليوم الأربعاء تعليق مشاركتها في الاتفاق.", "2023-03-15")]
    public void ACountryBeforeTodayWithAWeekdayIsADateNotAnOutlet(string text, string value) =>
        Assert.Equal(value, Assert.Single(Times(text)).Value);

    [Theory]
    [InlineData("تأسست الحركة عام 1987، وبعد عقدين من تأسيسها سيطرت على القطاع.", "عقدين", "2007")]
    [InlineData("فاز الحزب في انتخابات عام 2011، وفي العام التالي حل البرلمان.", "العام التالي", "2012")]
    public void NarrativeOffsetsCountFromThePastYearTheSentenceGives(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression));

    [Theory]
    [InlineData("تنطلق البطولة في مارس المقبل.", "مارس المقبل", "2024-03")]
    [InlineData("تعقد القمة في فبراير المقبل.", "فبراير المقبل", "2024-02")]
    [InlineData("تبدأ المفاوضات الأربعاء المقبل.", "الأربعاء المقبل", "2023-03-22")]
    public void NextNeverLandsBeforeTheAnchor(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression));

    [Theory]
    [InlineData("وقعت الأزمة المالية في عام ألفين وثمانية.", "2008")]
    [InlineData("صدر القانون في عام ألفين وتسعة عشر.", "2019")]
    public void AYearWrittenInWordsIsThatYear(string text, string value) =>
        Assert.Contains(Times(text), t => t.Value == value);

    [Fact]
    public void AnHourAndItsMinutesInWordsAreOneClockTime()
    {
        var time = Assert.Single(Times("بدأ الاجتماع في الساعة الخامسة وعشرين دقيقة مساء."));
        Assert.EndsWith("T17:20", time.Value);
    }
}
