using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the second real-news draw (bench/time/realnews-sample-seed11.tsv) and the
/// first one showed, on sentences the team wrote. The anchor (publication date) is Monday 10 August 2015
/// (25 Shawwal 1436 in Umm al-Qura) throughout.
/// </summary>
public sealed class TimeRealNewsSecondSampleTests
{
    [Theory]
    [InlineData("احتفلت الأسر في الحدائق العامة خلال عيد الفطر المبارك.", "عيد الفطر المبارك", "2015-07-17")]
    [InlineData("تجتمع العائلات في عيد الأضحى المقبل في مكة المكرمة.", "عيد الأضحى المقبل", "2015-09-23")]
    [InlineData("ارتفعت أسعار الأضاحي في عيد الأضحى الماضي بنسبة كبيرة.", "عيد الأضحى الماضي", "2014-10-04")]
    [InlineData("تستعد المدارس لإجازة قصيرة في عيد الأضحى.", "عيد الأضحى", "2015-09-23")]
    [InlineData("زار الأمير المعرض في عيد الفطر لعام 1435هـ وتفقد أجنحته.", "عيد الفطر لعام 1435هـ", "2014-07-28")]
    [InlineData("امتلأت الفنادق في عيد الأضحى عام 2014 بالحجاج.", "عيد الأضحى عام 2014", "2014-10-04")]
    [InlineData("تزينت شوارع الرياض احتفاءً في اليوم الوطني الماضي.", "اليوم الوطني الماضي", "2014-09-23")]
    [InlineData("تنظم الأمانة عروضاً للألعاب النارية في اليوم الوطني.", "اليوم الوطني", "2015-09-23")]
    public void AHolidayIsTheDayItsRuleGivesInTheYearNearestTheAnchorOrTheOneNamed(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.NotNull(found);
        Assert.Equal(TimexType.Date, found.Type);
        Assert.Equal(value, found.Value);
        Assert.Equal(!expression.StartsWith("اليوم", StringComparison.Ordinal), found.Flags.Contains(TimeFlags.Hijri));
    }

    [Fact]
    public void AHolidayPreparedForIsNoTime() => Assert.Empty(Times("بدأت الأسواق استعداداتها لعيد الأضحى بعرض الملابس الجديدة."));

    [Theory]
    [InlineData("يواجه شباب اليوم تحديات لم يعرفها آباؤهم من قبل.")]
    [InlineData("الصحافة الورقية هي اليوم أقل انتشاراً من المواقع الإخبارية.")]
    [InlineData("لم يعد خافياً اليوم أن الإعلام الجديد يصنع الرأي العام.")]
    [InlineData("يرى الباحث أن التنظيم بات اليوم أضعف مما كان عليه.")]
    public void TodayInAGenericPresentStatementIsNowadays(string text)
    {
        var found = Find(text, "اليوم");
        Assert.NotNull(found);
        Assert.Equal("PRESENT_REF", found.Value);
    }

    [Theory]
    [InlineData("أعلنت وزارة التعليم اليوم نتائج القبول في الجامعات.")]
    [InlineData("يعود وزير الخارجية اليوم إلى الرياض بعد جولة أوروبية.")]
    [InlineData("لا تزال درجات الحرارة مرتفعة اليوم في المنطقة الشرقية.")]
    [InlineData("تشهد مصر اليوم انتخابات برلمانية في عدة محافظات.")]
    public void TodayInADatedReportIsThePublicationDay(string text) => Assert.Equal("2015-08-10", Find(text, "اليوم")?.Value);

    [Fact]
    public void AnOutletNamedWithTodayInTheBylineIsNoTime()
    {
        var times = Times("عين اليوم – الرياض\nأعلنت الهيئة العامة للإحصاء اليوم الاثنين نتائج المسح الجديد.");
        var single = Assert.Single(times);
        Assert.Equal("اليوم الاثنين", single.Text);
        Assert.Equal("2015-08-10", single.Value);
    }

    [Theory]
    [InlineData("محمد العتيبي – عين اليوم\nتسببت الأمطار في إغلاق عدد من الطرق.")]
    [InlineData("الدمام - اليوم\nافتتح أمير المنطقة الشرقية معرض الكتاب.")]
    [InlineData("قال المتحدث لموقع \"مصر اليوم\" إن الاجتماع تأجل.")]
    [InlineData("نقلت قناة «ليبيا اليوم» تصريحات رئيس الحكومة.")]
    public void AnOutletNamedWithTodayInABylineOrQuotesIsNoTime(string text) => Assert.Empty(Times(text));

    [Theory]
    [InlineData("يتوقع وصول مليوني سائح خلال الصيف (45) يوماً من الفعاليات.", "(45) يوماً", "P45D")]
    [InlineData("منحت الشركة مهلة (3) أشهر لتصحيح أوضاعها.", "(3) أشهر", "P3M")]
    public void AnAmountInBracketsCountsItsUnit(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.NotNull(found);
        Assert.Equal(TimexType.Duration, found.Type);
        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void AnOffsetFromAnEventWrittenWithItsOwnDateCountsFromThatDate()
    {
        var times = Times("أعيد افتتاح المتحف بعد خمس سنوات من زلزال مايو 2005 الذي دمر جناحه الشرقي.");
        Assert.Equal("2010", Find("أعيد افتتاح المتحف بعد خمس سنوات من زلزال مايو 2005 الذي دمر جناحه الشرقي.", "بعد خمس سنوات من زلزال")?.Value);
        Assert.Contains(times, t => t.Text == "مايو 2005" && t.Value == "2005-05");
        Assert.Equal("2015-03-17", Find("أغلقت المدارس بعد أسبوعين من هجوم 3 مارس 2015 على الحي.", "بعد أسبوعين من هجوم")?.Value);
    }

    [Theory]
    [InlineData("تغيرت أنظمة السوق كثيراً مقارنة بعام 2005 حين بدأ نشاطه.", "عام 2005", "2005")]
    [InlineData("احتسبت خدمات الموظفين من أول رجب عام 1388هـ لأغراض التقاعد.", "أول رجب عام 1388هـ", "1968-09-23")]
    [InlineData("تراجع سعر الذهب إلى 1084 دولاراً بحلول الساعة 1431 بتوقيت جرينتش.", "الساعة 1431", "2015-08-10T14:31")]
    [InlineData("أظهرت بيانات أمريكية في وقت سابق تراجع الوظائف.", "في وقت سابق", "PAST_REF")]
    [InlineData("كان اليخت تملكه في الماضي العائلة المالكة.", "في الماضي", "PAST_REF")]
    [InlineData("تقود إيران سياسة التدخل في المنطقة في المرحلة الراهنة.", "المرحلة الراهنة", "PRESENT_REF")]
    [InlineData("حرصت خلال السنوات العديدة الماضية على العمل التطوعي.", "السنوات العديدة الماضية", "PAST_REF")]
    public void WireAndColumnPhrasingsOfTimeResolveToTheirValues(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("لامس المؤشر أعلى مستوى له في الجلسة.")]
    [InlineData("الأسر النازحة بأمس الحاجة إلى المساعدات الغذائية.")]
    [InlineData("استقر سعر الذهب قريبا من مستواه المنخفض.")]
    public void WordsThatOnlyLookLikeTimesAreNone(string text) => Assert.Empty(Times(text));

    [Theory]
    [InlineData("سجل اللاعب هدفه الأول وهو في السادسة عشرة من عمره.", "السادسة عشرة من عمره", "P16Y")]
    [InlineData("ما زال المهاجم في الخامسة والعشرين من عمره رغم خبرته الطويلة.", "الخامسة والعشرين من عمره", "P25Y")]
    [InlineData("قال المقدم إن الستة أسابيع الأخيرة كانت الأفضل في برنامجه.", "الستة أسابيع الأخيرة", "P6W")]
    [InlineData("تغير الاقتصاد كثيراً خلال الأربعين عاماً الماضية.", "خلال الأربعين عاماً الماضية", "P40Y")]
    [InlineData("يوفر المشروع مليون وظيفة خلال السنوات الـ15 المقبلة.", "خلال السنوات الـ15 المقبلة", "P15Y")]
    public void AnAgeOrACountedDefinitePeriodIsADuration(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.NotNull(found);
        Assert.Equal(TimexType.Duration, found.Type);
        Assert.Equal(value, found.Value);
    }

    [Theory]
    [InlineData("مدد النادي عقد اللاعب لعام ثالث بعد موسم مميز.", "عام ثالث", "P1Y")]
    [InlineData("أنهى المرشح أسبوعا جديدا متصدرا لاستطلاعات الرأي.", "أسبوعا جديدا", "P1W")]
    public void ASingularPeriodWithAnotherOrAnOrdinalIsOneMorePeriod(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void AClockTimeWithoutADayIsOnTheLastDayTheStoryDated()
    {
        var found = Find("تقام المباراة في 12 أغسطس الجاري في لندن. وستبدأ المباراة عند السابعة مساء بتوقيت لندن.", "السابعة مساء");
        Assert.NotNull(found);
        Assert.Equal("2015-08-12T19:00", found.Value);
    }

    [Fact]
    public void ThenIsTheLastDateTheStoryGave() =>
        Assert.Equal("2014-08-05", Find("افتتح الرئيس أعمال الحفر في الخامس من أغسطس 2014. وقد طلب الرئيس آنذاك أن تنتهي الأعمال خلال عام.", "آنذاك")?.Value);
}
