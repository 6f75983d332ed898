using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the fourth real-news draw (bench/time/realnews-sample-seed47.tsv) showed, on
/// sentences the team wrote. The anchor (publication date) is Monday 10 August 2015 (25 Shawwal 1436 in Umm al-Qura).
/// </summary>
public sealed class TimeRealNewsFourthSampleTests
{
    [Theory]
    [InlineData("يستعد المنتخب لتصفيات كأس العالم 2022 في قطر.", "2022")]
    [InlineData("شارك اللاعب في مونديال 2010 بجنوب أفريقيا.", "2010")]
    [InlineData("تأهل المنتخب إلى نهائيات كأس أمم أوروبا 2016 لأول مرة.", "2016")]
    [InlineData("أعلنت الحكومة أهداف رؤية 2030 الاقتصادية.", "2030")]
    public void ABareYearAfterTheNameOfAnEditionIsThatYear(string text, string year)
    {
        var found = Find(text, year);
        Assert.NotNull(found);
        Assert.Equal(year, found.Value);
    }

    [Fact]
    public void AnAmountAfterAnEditionNounIsNoYear() =>
        Assert.DoesNotContain(Times("بلغت جوائز البطولة 2000 دولار للفائز."), t => t.Text.Contains("2000", StringComparison.Ordinal));

    [Theory]
    [InlineData("تقام البطولة من 10 يونيو إلى 9 يوليو 2026 في ثلاث دول.", "من 10 يونيو إلى 9 يوليو 2026", "2026-06-10/2026-07-09")]
    [InlineData("يستمر المعرض من 20 ديسمبر إلى 5 يناير 2017 في جدة.", "من 20 ديسمبر إلى 5 يناير 2017", "2016-12-20/2017-01-05")]
    public void ARangeStartWithoutAYearTakesTheYearWrittenAtItsEnd(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("تفتح الحدائق أبوابها من الرابعة إلى العاشرة مساء.", "من الرابعة إلى العاشرة مساء", "T16:00/T22:00")]
    [InlineData("تعمل الصيدلية من التاسعة صباحا حتى الحادية عشرة ليلا.", "من التاسعة صباحا حتى الحادية عشرة ليلا", "T09:00/T23:00")]
    public void HoursOfTheDayWithNoDayAreAnUndatedSchedule(string text, string expression, string value)
    {
        var single = Assert.Single(Times(text));
        Assert.Equal(expression, single.Text);
        Assert.Equal(value, single.Value);
    }

    [Fact]
    public void AClockHourOfThePartOfANamedDayTakesThatDay() =>
        Assert.Equal("2015-08-13T07:00", Find("تبدأ الامتحانات الساعة السابعة من صباح الخميس المقبل.", "الساعة السابعة من صباح الخميس المقبل")?.Value);

    [Theory]
    [InlineData("تتراجع أعداد الطيور المهاجرة عاما بعد عام.", "عاما بعد عام", "P1Y")]
    [InlineData("يزداد الزحام في الأسواق يوما بعد يوم.", "يوما بعد يوم", "P1D")]
    public void AUnitRepeatedAfterBaadIsARecurrence(string text, string expression, string value)
    {
        var single = Assert.Single(Times(text));
        Assert.Equal(expression, single.Text);
        Assert.Equal(TimexType.Set, single.Type);
        Assert.Equal(value, single.Value);
    }

    [Theory]
    [InlineData("انتهت الخلافات بين الجارتين منذ زمن طويل.", "منذ زمن طويل", "PAST_REF")]
    [InlineData("ما زالت العادة قائمة في القرى حتى يومنا هذا.", "حتى يومنا هذا", "PRESENT_REF")]
    [InlineData("قد تفتتح الشركة فرعا في جدة مستقبلا.", "مستقبلا", "FUTURE_REF")]
    [InlineData("أقر المجلس النظام الصادر أخيرا بعد دراسته.", "أخيرا", "PAST_REF")]
    public void AVagueReferenceHasItsDirection(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("وأخيرا، شكر الوزير الحضور على مشاركتهم.")]
    [InlineData("درب المنتخب في بطولات عربية وآسيوية وأخيرا بطولة الخليج.")]
    public void FinallyOpeningAClauseOrJoinedByWaIsNoTime(string text) => Assert.Empty(Times(text));

    [Fact]
    public void ACenturyBeforeTheEraIsNotReadAsOurEra() =>
        Assert.DoesNotContain(Times("تعود القطع إلى القرن التاسع قبل الميلاد."), t => t.Text.Contains("القرن", StringComparison.Ordinal));

    [Fact]
    public void ThePreviousDayCountsBackFromTheStorysLastDay() =>
        Assert.Equal("2015-08-05", Find("أعلنت الشرطة الخميس اعتقال المشتبه به، بعد أن نشرت صورته في اليوم السابق.", "اليوم السابق")?.Value);

    [Fact]
    public void ThePreviousYearCountsBackFromTheYearTheStoryGave() =>
        Assert.Equal("2011", Find("سجلت الصادرات عام 2012 نموا كبيرا مقارنة بالعام السابق.", "العام السابق")?.Value);

    [Fact]
    public void AamAfterAnOfficeIsGeneralNotAYear() => Assert.Empty(Times("كرم الاتحاد المدير العام السابق للنادي."));

    [Theory]
    [InlineData("يتذكر الجميع اليوم الذي سقط فيه الجدار.")]
    [InlineData("يصوم المسلمون في تلك البلاد اليوم الواحد عشرين ساعة.")]
    public void ADayAClauseOrWahidDescribesIsNotToday(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Text.Contains("اليوم", StringComparison.Ordinal) && t.Value == "2015-08-10");

    [Fact]
    public void TheDefiniteSubjectBeforeAlyawmMakesItNowadays() =>
        Assert.Equal("PRESENT_REF", Find("يواجه العالم اليوم أزمة غذاء غير مسبوقة.", "اليوم")?.Value);

    [Fact]
    public void AHijriMonthWrittenWithoutDhuIsStillTheMonthBesideADay() =>
        Assert.Equal("2015-08-25", Find("تبدأ المرحلة الأولى في العاشر من القعدة المقبل.", "العاشر من القعدة المقبل")?.Value);

    [Fact]
    public void APartOfAYearWithTheYearWrittenIsThatYearsPart() =>
        Assert.Equal("2013-Q4", Find("ارتفعت الأرباح في الربع الأخير من العام 2013.", "الربع الأخير من العام 2013")?.Value);

    [Fact]
    public void ThenAfterADecadeIsThatDecade() =>
        Assert.Equal("198", Find("طرحت الفكرة في الثمانينات، لكن المشروع توقف وقتها لنقص المال.", "وقتها")?.Value);

    [Theory]
    [InlineData("انتشرت زراعة البن في الجزيرة في القرن الثامن عشر.", "القرن الثامن عشر", "17")]
    [InlineData("تواجه المدن تحديات القرن الحادي والعشرين.", "القرن الحادي والعشرين", "20")]
    public void ACenturyByItsOrdinalIsThatCentury(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void AnAgeInTensWithItsOrdinalIsADuration() =>
        Assert.Equal("P80Y", Find("تعمل الجدة في الحقل وهي في سن الثمانين من العمر.", "الثمانين من العمر")?.Value);

    [Theory]
    [InlineData("مدة الزيارة لا تتعدى الساعتين في العادة.", "الساعتين", "PT2H")]
    [InlineData("يجب أن يصدر القرار في مدة لا تتجاوز شهرا من تاريخ الطلب.", "شهرا", "P1M")]
    public void APeriodAfterAVerbOfExceedingIsALength(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.NotNull(found);
        Assert.Equal(TimexType.Duration, found.Type);
        Assert.Equal(value, found.Value);
    }

    [Theory]
    [InlineData("تسير الشركة رحلات يومية إلى المدينة.", "يومية", "P1D")]
    [InlineData("يعقد المجلس لقاء سنويا مع المستثمرين.", "سنويا", "P1Y")]
    [InlineData("تصدر الهيئة نشرة أسبوعية عن الأسعار.", "أسبوعية", "P1W")]
    public void TheIndefiniteAdjectiveOfARepeatedThingIsASet(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void TheDualOfADayBeforeDatesIsNoDailySet() =>
        Assert.DoesNotContain(Times("تقام المباريات يومي 20 و21 يونيو في الرياض."), t => t.Type == TimexType.Set);

    [Theory]
    [InlineData(2, "2015-W32")]
    [InlineData(3, "2015-W32")]
    [InlineData(1, "2015-W31")]
    public void ThisWeekOnASundayIsTheWeekItBegins(int day, string week)
    {
        var found = TimeRecognizer.Default.Recognize("يفتتح الرئيس المشروع خلال الأسبوع الجاري.", new DateOnly(2015, 8, day));
        Assert.Equal(week, Assert.Single(found).Value);
    }

    [Fact]
    public void AHijriMonthThatIsAlsoANameReadsWithADirection() =>
        Assert.Equal("2015-07", Find("زاد استهلاك الكهرباء في رمضان الماضي بنسبة كبيرة.", "رمضان الماضي")?.Value);

    [Fact]
    public void AHijriMonthThatIsAlsoANameStaysANameAlone() =>
        Assert.Empty(Times("استقبل الوزير رمضان قاديروف في مكتبه."));
}
