using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the real-news sample (bench/time/realnews-sample.tsv, issue 9) showed, on
/// sentences the team wrote, not the sample's. The anchor (publication date) is Monday 10 August 2015 throughout.
/// </summary>
public sealed class TimeRealNewsClassTests
{
    [Theory]
    [InlineData("وقع الاتفاق الأول بين البلدين قبل نحو عام في الرياض.", "قبل نحو عام", "2014")]
    [InlineData("غادر السفير البلاد قبل حوالي ثلاثة أسابيع.", "قبل حوالي ثلاثة أسابيع", "2015-W30")]
    [InlineData("يعمل المصنع بطاقة منخفضة منذ أكثر من شهرين.", "منذ أكثر من شهرين", "2015-06")]
    [InlineData("ستفتتح الجسر الجديد بعد قرابة أسبوعين.", "بعد قرابة أسبوعين", "2015-W35")]
    public void AnApproximatorBetweenAnOperatorAndItsAmountKeepsTheShiftedDate(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.NotNull(found);
        Assert.Equal(value, found.Value);
        Assert.Contains(TimeFlags.Approximate, found.Flags);
    }

    [Theory]
    [InlineData("عاد المهندسون إلى الموقع قبل أيام لاستكمال العمل.", "قبل أيام", "PAST_REF")]
    [InlineData("تغير وجه الحي منذ سنوات بسبب المشروعات الجديدة.", "منذ سنوات", "PAST_REF")]
    [InlineData("ستعلن اللجنة أسماء الفائزين بعد أسابيع.", "بعد أسابيع", "FUTURE_REF")]
    [InlineData("افتتح المتجر أبوابه قبل عدة سنوات في وسط المدينة.", "قبل عدة سنوات", "PAST_REF")]
    public void AnOperatorBeforeAnUncountedPeriodIsAVagueReference(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void AnUncountedPeriodCountedFromAnEventIsNoReferenceToNow() =>
        Assert.DoesNotContain(Times("أعلنت الجماعة مسؤوليتها بعد ساعات من الهجوم على الثكنة."), t => t.Value == "FUTURE_REF");

    [Theory]
    [InlineData("تحسنت الخدمات البلدية كثيرا في الفترة الماضية.", "الفترة الماضية", "PAST_REF")]
    [InlineData("تنوي الشركة التوسع في أسواق جديدة خلال المرحلة المقبلة.", "المرحلة المقبلة", "FUTURE_REF")]
    [InlineData("تضاعف عدد الزوار في السنوات الأخيرة.", "السنوات الأخيرة", "PAST_REF")]
    [InlineData("ستوزع المساعدات على الأسر في الأيام القليلة المقبلة.", "الأيام القليلة المقبلة", "FUTURE_REF")]
    [InlineData("تدرس البلدية توسعة الطريق في الأعوام القادمة.", "الأعوام القادمة", "FUTURE_REF")]
    [InlineData("سيكون لهذا اللاعب شأن كبير في قادم الأيام.", "قادم الأيام", "FUTURE_REF")]
    [InlineData("تتوقع الهيئة أن تنخفض الأسعار قريبا.", "قريبا", "FUTURE_REF")]
    public void APluralOrStretchOfTimeWithADirectionIsAVagueReference(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("يستمر تلقي الطلبات حتى الـ 20 / 11 / 1436 هـ في مقر الجمعية.", "حتى الـ 20 / 11 / 1436 هـ", "2015-09-04")]
    [InlineData("نشرت المجلة تقريرها في 12-3- 2015 عن سوق العقار.", "12-3- 2015", "2015-03-12")]
    [InlineData("صدر القرار بتاريخ 5 / 6 / 2014 بعد دراسة مطولة.", "5 / 6 / 2014", "2014-06-05")]
    public void ANumericDateMayHaveSpacesAroundItsSlashesOrDashes(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void NumbersWithSpacedDotsStayDecimalsNotDates() =>
        Assert.DoesNotContain(Times("ارتفع المؤشر 1. 5. 2015 نقطة في التداولات."), t => t.Type == TimexType.Date && t.Value.StartsWith("2015-05", StringComparison.Ordinal));

    [Theory]
    [InlineData("حقق فيلم «الطريق» (1964) نجاحا كبيرا في دور العرض.", "1964", "1964")]
    [InlineData("أخرج يوسف شاهين فيلم الأرض (1970): قصة فلاحين في قرية مصرية.", "1970", "1970")]
    public void AYearAloneInBracketsAfterATitleDatesTheWork(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void AnAmountInBracketsBeforeACurrencyIsNoYear() =>
        Assert.Empty(Times("يبلغ إيجار الشقة الشهري (2000) ريال في هذا الحي."));

    [Theory]
    [InlineData("انتشرت هذه الأغاني في الثمانينات من القرن الماضي.", "الثمانينات من القرن الماضي", "198")]
    [InlineData("بنيت معظم مباني الحي في الستينات.", "الستينات", "196")]
    public void ADecadeIsReadInBothSpellings(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("تصل درجات الحرارة إلى أواخر الأربعينيات المئوية في المنطقة الشرقية.")]
    [InlineData("رجل في الخمسينات من العمر يعمل حارسا للمبنى.")]
    public void TensOfAMeasureOrOfAnAgeAreNoDecade(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Granularity == TimeGranularity.Decade);

    [Theory]
    [InlineData("وقعت البلدية 1200 عقد مع شركات النظافة.")]
    [InlineData("حضر أقارب العروسين قبل عقد القران بساعة.")]
    [InlineData("أسهم المجلس في حل الأزمة من خلال عقد عدة لقاءات مع الأطراف.")]
    public void AContractOrTheHoldingOfAMeetingIsNoDecade(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Value.Contains("10Y", StringComparison.Ordinal) || t.Rule.Contains("duration", StringComparison.Ordinal) && t.Text.Contains("عقد", StringComparison.Ordinal));

    [Theory]
    [InlineData("انتظر المراجعون في المستشفى أياما عدة قبل إجراء العمليات.", "أياما عدة", "PXD")]
    [InlineData("عملت الفرق الميدانية لسنوات طويلة في المنطقة.", "سنوات طويلة", "PXY")]
    [InlineData("توقفت حركة القطارات لعدة أيام بسبب العاصفة.", "عدة أيام", "PXD")]
    public void APluralWithAnIndefiniteWordIsADurationOfUnknownLength(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void AMasculineOrdinalBeforeAPartOfTheDayIsNoClockTime()
    {
        var times = Times("أجرى الفريق الأول مساء أمس حصة تدريبية في الملعب الرئيسي.");
        Assert.DoesNotContain(times, t => t.Type == TimexType.Time && t.Value.Contains(':', StringComparison.Ordinal));
        Assert.Equal("2015-08-09TEV", Find("أجرى الفريق الأول مساء أمس حصة تدريبية في الملعب الرئيسي.", "مساء أمس")?.Value);
    }

    [Theory]
    [InlineData("انتقد خطباء منابر الجمعة ظاهرة الإسراف في الأعراس.")]
    [InlineData("قال مدير الفرع لصحيفة «اليوم» إن العمل مستمر.")]
    public void AWeekdayOfThePrayerOrADeicticNamingANewspaperIsNoTime(string text) =>
        Assert.Empty(Times(text));

    [Fact]
    public void AWeekdayRangeEndsOnOrAfterItsStart()
    {
        var range = Find("يفتح المعرض أبوابه من الأحد إلى الخميس من كل أسبوع.", "من الأحد إلى الخميس");
        Assert.NotNull(range);
        Assert.Equal("2015-08-09/2015-08-13", range.Value);
    }

    [Fact]
    public void ABareWeekdayTheTextAlreadyNamedWithADirectionIsThatSameDay()
    {
        const string text = "يستعد المنتخب لمواجهة الأردن الخميس المقبل، ويأمل المدرب أن يحقق الفوز في مباراة الخميس.";
        var times = Times(text).Where(t => t.Text.Contains("الخميس", StringComparison.Ordinal)).Select(t => t.Value).ToList();
        Assert.Equal(["2015-08-13", "2015-08-13"], times);
    }

    [Theory]
    [InlineData("تراجعت حركة السفر في الصيف الماضي مقارنة بالعام الذي سبقه.", "الصيف الماضي", "2014-SU")]
    [InlineData("تتوقع الشركة زيادة المبيعات في الشتاء المقبل.", "الشتاء المقبل", "2015-WI")]
    [InlineData("شهدت الأسواق إقبالا كبيرا هذا الصيف.", "هذا الصيف", "2015-SU")]
    [InlineData("سجلت المدينة درجات حرارة قياسية في صيف هذا العام.", "صيف هذا العام", "2015-SU")]
    [InlineData("افتتح الجسر في خريف 2012 بعد سنوات من العمل.", "خريف 2012", "2012-FA")]
    [InlineData("تنخفض الأسعار عادة في نهاية الصيف.", "نهاية الصيف", "2015-SU")]
    public void ASeasonWithADirectionYearOrModifierIsThatSeasonOfAYear(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("يشتد الحر في فصل الصيف في معظم مناطق المملكة.")]
    [InlineData("أطلق على الاحتجاجات اسم الربيع العربي.")]
    public void ASeasonAsAHabitOrInANameIsNoTime(string text) =>
        Assert.Empty(Times(text));

    [Fact]
    public void ABareWeekdayTheTextNamedBeforeAsComingIsThatSameDay() =>
        Assert.Equal(["2015-08-13", "2015-08-13"],
            Times("يفتتح الوزير المعرض يوم الخميس في العاصمة. وأكد المنظمون أن الاستعدادات لحفل الخميس اكتملت.")
                .Where(t => t.Text.Contains("الخميس")).Select(t => t.Value));

    [Theory]
    [InlineData("تنتهي مهلة التسجيل في آخر يوم من شهر سبتمبر المقبل.", "آخر يوم من شهر سبتمبر المقبل", "2015-09-30")]
    [InlineData("يغلق باب الطلبات في آخر يوم من ذي القعدة المقبل.", "آخر يوم من ذي القعدة المقبل", "2015-09-13")]
    public void TheLastDayOfANamedMonthIsItsLastDayInItsOwnCalendar(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);
}
