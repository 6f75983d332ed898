using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the third real-news draw (bench/time/realnews-sample-seed31.tsv) showed, on
/// sentences the team wrote. The anchor (publication date) is Monday 10 August 2015 (25 Shawwal 1436 in Umm al-Qura).
/// </summary>
public sealed class TimeRealNewsThirdSampleTests
{
    [Theory]
    [InlineData("قتل أكثر من 2000 شخص في المعارك التي استمرت أسابيع.", "2000")]
    [InlineData("تطير الطائرة بسرعة أكبر من 2000 في الساعة حسب الشركة.", "2000")]
    [InlineData("تصل سرعة القطار الجديد إلى 2000 كلم في الساعة.", "2000")]
    [InlineData("ارتفع سعر الطن من 2015 دولاراً إلى ثلاثة آلاف.", "2015")]
    public void ANumberCountedAfterAComparisonOrBeforeAUnitIsNoYear(string text, string number) =>
        Assert.DoesNotContain(Times(text), t => t.Text.Contains(number, StringComparison.Ordinal));

    [Theory]
    [InlineData("أرجئ افتتاح الملعب إلى 2017 بسبب نقص التمويل.", "2017")]
    [InlineData("تراجعت الصادرات في 2014 إلى أدنى مستوى.", "2014")]
    public void ABareYearAfterAPrepositionStaysAYear(string text, string year) => Assert.Equal(year, Find(text, year)?.Value);

    [Fact]
    public void YearsListedAfterASeasonWordAreEachAYear()
    {
        var times = Times("فاز الفريق بالكأس في مواسم 1981، 1987، 1989 ثم غاب عنها حتى عاد إليها موسم 2008.");
        Assert.Equal(["1981", "1987", "1989", "2008"], times.Select(t => t.Value));
        Assert.Equal("موسم 2008", times[^1].Text);
    }

    [Theory]
    [InlineData("يقدر العلماء عمر الصخور بنحو 3.8 مليار سنة.", "3.8 مليار سنة", "P3800000000Y")]
    [InlineData("ازدهرت الحضارة على ضفاف النهر 3 آلاف عام قبل أن تندثر.", "3 آلاف عام", "P3000Y")]
    [InlineData("تعود الأحافير إلى 65 مليون عام وفق الدراسة.", "65 مليون عام", "P65000000Y")]
    public void AScaleWordAfterDigitsMultipliesTheAmount(string text, string expression, string value) =>
        AssertDuration(text, expression, value);

    [Fact]
    public void ADayAndMonthTheTextAlreadyDatedTakeThatYear()
    {
        var times = Times("نفذ التنظيم هجمات 11 سبتمبر 2001 في نيويورك. وبعد هجمات 11 سبتمبر تغيرت السياسة الأميركية.");
        Assert.Equal(2, times.Count);
        Assert.Equal("11 سبتمبر", times[1].Text);
        Assert.Equal("2001-09-11", times[1].Value);
        Assert.DoesNotContain(TimeFlags.YearInferred, times[1].Flags);
    }

    [Fact]
    public void ADayAndMonthNotDatedBeforeKeepTheNearestYear() =>
        Assert.Equal("2015-09-11", Find("وقعت الهجمات عام 2001. ويعقد المؤتمر في 11 سبتمبر في جنيف.", "11 سبتمبر")?.Value);

    [Theory]
    [InlineData("ارتفعت أسعار التمور منذ بداية شهر رمضان في أسواق المنطقة.", "منذ بداية شهر رمضان", "2015-06")]
    [InlineData("تراجعت الأسعار في أواخر شهر رمضان الماضي بعد وفرة المعروض.", "أواخر شهر رمضان الماضي", "2015-07")]
    [InlineData("تكثر الزيارات في منتصف شهر رمضان الماضي كما يقول التجار.", "منتصف شهر رمضان الماضي", "2015-07")]
    public void AHijriMonthsStartOrEndIsTheGregorianMonthOfThatPart(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("عاد المعارض إلى بلده بعد ثلاث سنوات قضاها في المنفى.", "ثلاث سنوات", "P3Y")]
    [InlineData("أفرج عن الصحفي بعد أكثر من عام أمضاه في السجن.", "أكثر من عام", "P1Y")]
    public void ALengthSpentAfterAnOperatorIsADuration(string text, string expression, string value) =>
        AssertDuration(text, expression, value);

    [Fact]
    public void ALengthAfterAnOperatorWithoutASpendingVerbStaysADate() =>
        Assert.Equal("2018", Find("يعود المعارض إلى بلده بعد ثلاث سنوات من الآن.", "بعد ثلاث سنوات من الآن")?.Value);

    [Fact]
    public void AnOrdinalQualifyingANounBeforeAPartOfTheDayIsNoClockTime()
    {
        var single = Assert.Single(Times("فاز الفريق في المباراة الودية الثالثة مساء أمس على ضيفه."));
        Assert.Equal("مساء أمس", single.Text);
        Assert.Equal("2015-08-09TEV", single.Value);
    }

    [Fact]
    public void AnHourAfterAPrepositionBeforeAPartOfTheDayIsStillAClockTime() =>
        Assert.Equal("2015-08-10T15:00", Find("وصل الوفد في الثالثة مساء إلى المطار.", "الثالثة مساء")?.Value);

    [Theory]
    [InlineData("يستقبل المركز الطلبات من الساعة الرابعة عصرا وحتى الساعة الثامنة مساء.", "من الساعة الرابعة عصرا وحتى الساعة الثامنة مساء", "T16:00/T20:00")]
    [InlineData("يفتح المعرض من الساعة الـ10 صباحا وحتى الـ10 مساء.", "من الساعة الـ10 صباحا وحتى الـ10 مساء", "T10:00/T22:00")]
    public void AClockRangeLinkedByWaHattaIsOneRange(string text, string expression, string value)
    {
        var single = Assert.Single(Times(text));
        Assert.Equal(expression, single.Text);
        Assert.Equal(value, single.Value);
    }

    [Fact]
    public void AtThatTimeTakesTheStorysLastDate() =>
        Assert.Equal("2015-03", Find("أعلن الجيش العملية في مارس الماضي، وفي ذلك الوقت قال المتحدث إنها ستستمر أسابيع.", "في ذلك الوقت")?.Value);

    [Theory]
    [InlineData("إذا رفض الطرفان المقترح فحينها سنعود إلى نقطة الصفر.")]
    [InlineData("سيتم الإعلان عن أسماء الفائزين في حينه عبر موقع الوزارة.")]
    public void ThenOfAConsequenceOrInDueCourseIsNoTime(string text) => Assert.Empty(Times(text));

    [Fact]
    public void TheNightBeforeYesterdayWrittenAsAlBarihaAlUlaIsTwoDaysBack() =>
        Assert.Equal("2015-08-08", Find("توفي الفنان البارحة الأولى بعد صراع طويل مع المرض.", "البارحة الأولى")?.Value);

    [Fact]
    public void ADecadeWithoutTheArticleIsADecade() =>
        Assert.Equal("197", Find("انتشرت الظاهرة في سبعينات القرن الماضي ثم تراجعت.", "سبعينات القرن الماضي")?.Value);

    [Theory]
    [InlineData("انتظر المسافرون يوما كاملا في المطار بسبب العاصفة.", "يوما كاملا", "P1D")]
    [InlineData("أوقفته الإدارة عامًا كاملاً عن الكتابة.", "عامًا كاملاً", "P1Y")]
    [InlineData("استمر الموسم لمدة تقارب الستة أشهر.", "لمدة تقارب الستة أشهر", "P6M")]
    public void AWholePeriodOrACountedOneAfterALengthOperatorIsADuration(string text, string expression, string value) =>
        AssertDuration(text, expression, value);

    [Fact]
    public void TheLaterYearsAreTheFuture() =>
        Assert.Equal("FUTURE_REF", Find("سيستفيد الطلاب من بقية المنح في السنوات اللاحقة.", "السنوات اللاحقة")?.Value);

    [Fact]
    public void TheFollowingYearWrittenAsAlLahiqCountsFromTheStorysYear() =>
        Assert.Equal("1991", Find("تأسس النادي عام 1990، وفي العام اللاحق فاز بالدوري.", "العام اللاحق")?.Value);

    [Theory]
    [InlineData("ارتفعت المبيعات في يوليو بنسبة 5% مقارنة بالشهر نفسه من العام الماضي.", "الشهر نفسه من العام الماضي", "2014-07")]
    [InlineData("تحتسب الخدمة من أول رجب عام 1388ه وحتى الشهر ذاته من العام الماضي لأغراض التقاعد.", "الشهر ذاته من العام الماضي", "2014-05")]
    [InlineData("ارتفعت المبيعات بنسبة 5% مقارنة بالشهر نفسه من العام الماضي.", "الشهر نفسه من العام الماضي", "2014-08")]
    public void TheSameMonthOfLastYearIsTheStorysMonthInThatYear(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("وجدت الدراسة أن إنفاق أكثر من دقيقة يوميًا في الجلوس لا يضر.", "دقيقة", "PT1M")]
    [InlineData("مضى أقل من شهر على افتتاح الجسر.", "شهر", "P1M")]
    public void ALoneSingularUnitAfterAnApproximatorIsALengthOfOne(string text, string expression, string value) =>
        Assert.Contains(TimeFlags.Approximate, AssertDuration(text, expression, value).Flags);

    [Fact]
    public void AYearWordAfterAnApproximatorStillLeadsAYear() =>
        Assert.Equal("2008", Find("انطلقت الخدمة نحو عام 2008 في عدة دول.", "عام 2008")?.Value);

    private static TimeExpression AssertDuration(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.NotNull(found);
        Assert.Equal(TimexType.Duration, found.Type);
        Assert.Equal(value, found.Value);
        return found;
    }
}
