using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes of time error the fifteenth draw (bench/time/realnews-sample-seed101.tsv) and the earlier draws' misses
/// showed, on sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime21Tests
{
    [Theory]
    [InlineData("انطلق المعرض أمس بفعاليات تستمر شهرا في الساحة العامة.", "شهرا", "P1M")]
    [InlineData("وصل الوفد إلى الرياض بعد رحلة استغرقت ساعة.", "ساعة", "PT1H")]
    public void ALoneUnitAfterAVerbOfLastingIsHowLongItGoesOn(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.Equal((TimexType.Duration, value), (found?.Type, found?.Value));
    }

    [Fact]
    public void HoursWithAnAdjectiveOfStudyCreditAreNoLength() =>
        Assert.Empty(Times("أنهت الطالبة 42 ساعة دراسية من أصل 130 ساعة معتمدة في برنامجها."));

    [Fact]
    public void HoursWithoutACreditAdjectiveStayALength() =>
        Assert.Equal("PT42H", Find("أمضت الطالبة 42 ساعة في المختبر.", "42 ساعة")?.Value);

    [Theory]
    [InlineData("ارتفعت أرباح الشركة مقارنة مع الفصل الثالث من العام الماضي.", "الفصل الثالث من العام الماضي", "2014-Q3")]
    [InlineData("تراجعت المبيعات في الفصل الأخير من العام الماضي.", "الفصل الأخير من العام الماضي", "2014-Q4")]
    [InlineData("نما الإنتاج في الفصل الثاني من عام 2013 بنسبة طفيفة.", "الفصل الثاني من عام 2013", "2013-Q2")]
    public void ANumberedFaslOfAGregorianYearIsAQuarter(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("يبدأ الفصل الأول من العام الدراسي في منتصف الشهر.")]
    [InlineData("انتهى الكاتب من الفصل الأخير من روايته.")]
    [InlineData("سجلت الطالبة في الفصل الثاني من العام 1436 هـ.")]
    public void AFaslOfASchoolYearOrAHijriYearOrABookIsNoQuarter(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Value.Contains("-Q", StringComparison.Ordinal));

    [Fact]
    public void TheEveningAfterFiIsTheEveningOfTheStorysDay() =>
        Assert.Equal("2015-08-09TEV",
            Find("التقى الوزير نظيره أمس الأحد، وصرح للصحفيين في المساء بأن المحادثات كانت مثمرة.", "المساء")?.Value);

    [Fact]
    public void TheEveningAfterFiWithNoDayInTheStoryIsAHabitAndNoTime() =>
        Assert.Empty(Times("يتدرب اللاعبون في المساء هربا من الحر."));

    // A column of six sentences before its «اليوم»; its one day is a day of history, far from the publication date.
    private const string ColumnWithAnOldDay =
        "نشر الشاعر ديوانه الأول يوم 5 مايو 1998 في بيروت. ثم سافر إلى باريس. كتب هناك كثيرا. عاد بعد سنوات. تغيرت المدينة. تغير القراء كذلك. ونرى اليوم جيلا جديدا من القراء.";

    [Fact]
    public void ALoneTodayPastTheLeadOfAColumnWhoseOnlyDayIsFarFromTheAnchorIsThePresent() =>
        Assert.Equal("PRESENT_REF", Find(ColumnWithAnOldDay, "اليوم")?.Value);

    [Fact]
    public void ALoneTodayPastTheLeadOfAReportThatNamesADayNearTheAnchorStaysTheDay() =>
        Assert.Equal("2015-08-10",
            Find("افتتح الأمير المعرض يوم 8 أغسطس في جدة. ثم زار الأجنحة. التقى العارضين. استمع إليهم. شكر المنظمين. غادر مساء. ويستقبل المعرض اليوم زواره.", "اليوم")?.Value);

    [Fact]
    public void TomorrowBesideAColumnsTodayPastItsLeadIsTheFuture()
    {
        var times = Times("تغيرت السينما كثيرا. صار الخيال أسهل. تطورت الحواسيب. قلت الكلفة. زاد الجمهور. كثرت الأفلام. ويستطيع الحاسوب تحقيق ذلك اليوم وفي الغد.");
        Assert.Equal(["PRESENT_REF", "FUTURE_REF"], times.Select(t => t.Value).ToArray());
    }

    [Theory]
    [InlineData("تسعى الجامعة إلى تلبية متطلبات العصر بتخصصات جديدة.")]
    [InlineData("أطلقت الوزارة منهجا يواكب العصر في المدارس.")]
    public void TheAgeAfterANounOfItsDemandsOrAVerbOfKeepingPaceIsThePresent(string text) =>
        Assert.Equal("PRESENT_REF", Find(text, "العصر")?.Value);

    [Theory]
    [InlineData("اجتمع الأهالي بعد صلاة العصر في المسجد.")]
    [InlineData("يغلق السوق أبوابه بعد العصر.")]
    public void TheAfternoonPrayerIsNoAge(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Value == "PRESENT_REF");

    [Theory]
    [InlineData("لم تعرف أسباب الحريق حتى اللحظة.", "حتى اللحظة", "PRESENT_REF")]
    public void UpToThisMomentIsThePresent(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void ASeasonOfAHijriYearIsTheSeasonOfTheGregorianYearHoldingItsMiddle() =>
        Assert.Equal("2015-SU", Find("أعلنت الهيئة برنامجها لفصل الصيف 1436هـ في المدن.", "فصل الصيف 1436هـ")?.Value);

    [Fact]
    public void ALoneUnitAfterMuddaIsALength() =>
        Assert.Equal("P1Y", Find("يحق للطالب تمديد بعثته مدة سنة بحد أعلى.", "سنة")?.Value);

    [Fact]
    public void ALoneAqdAfterMuddaIsAContractNoDecade() =>
        Assert.Empty(Times("كشف النادي عن مدة عقد المهاجم الجديد."));

    [Fact]
    public void MudhaakIsTheStorysLastDate() =>
        Assert.Equal("2012", Find("افتتح المصنع عام 2012 وظل يعمل مذاك دون توقف.", "مذاك")?.Value);
}
