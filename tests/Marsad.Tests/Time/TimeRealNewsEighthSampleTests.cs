using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the eighth real-news draw (bench/time/realnews-sample-seed67.tsv) showed, on
/// sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsEighthSampleTests
{
    [Theory]
    [InlineData("يرى الخبراء أن الطلب على الغاز سيرتفع في المستقبل بسبب نمو السكان.", "المستقبل", "FUTURE_REF")]
    [InlineData("قال الكاتب إن الشعوب التي لا تتعلم من دروس الماضي تكرر أخطاءها.", "الماضي", "PAST_REF")]
    [InlineData("يجمع المعرض بين الماضي والحاضر في أجنحة متجاورة.", "الحاضر", "PRESENT_REF")]
    [InlineData("أكد الوزير أن الاتفاق يحمي مستقبل المزارعين في المنطقة.", "مستقبل", "FUTURE_REF")]
    [InlineData("دعا الشيخ إلى التمسك بهويتنا ومستقبلنا.", "مستقبلنا", "FUTURE_REF")]
    [InlineData("يسهم الشباب في صياغة حاضر ومستقبل البلاد.", "حاضر", "PRESENT_REF")]
    public void ThePastPresentAndFutureNamedAsNounsAreVagueReferences(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("سجل اللاعب عشرة أهداف في الموسم الماضي مع فريقه.")]
    [InlineData("تغلب الفريق المستقبل على ضيفه بهدفين.")]
    [InlineData("أشاد المدرب بالجمهور الحاضر في الملعب.")]
    [InlineData("كان الوزير حاضراً في الاجتماع.")]
    public void TheSameWordsQualifyingADefiniteNounOrMeaningAttendingAreNoTime(string text) =>
        Assert.Empty(Times(text));

    [Theory]
    [InlineData("يقدم البرنامج جوائز يومية طيلة الشهر الكريم.", "الشهر الكريم")]
    [InlineData("تكثر الزيارات العائلية خلال الشهر الفضيل.", "الشهر الفضيل")]
    [InlineData("ترتفع أسعار التمور في شهر الصوم.", "شهر الصوم")]
    public void AnEpithetOfRamadanIsThatMonth(string text, string expression) =>
        Assert.Equal("2015-07", Find(text, expression)?.Value);

    [Fact]
    public void TwoHijriDatesWithBackslashesJoinedByIlaAreARange() =>
        Assert.Equal("2015-08-02/2015-08-22", Find("يبدأ التقديم يوم الأحد 17\\10\\1436ه إلى 7\\11\\1436ه عبر موقع الجامعة.",
            "يوم الأحد 17\\10\\1436ه إلى 7\\11\\1436ه")?.Value);

    [Fact]
    public void AWeekdayAfterTheNextIsTheOneAWeekLater() =>
        Assert.Equal("2015-08-19", Find("تنطلق فعاليات المهرجان الأربعاء بعد القادم في الطائف.", "الأربعاء بعد القادم")?.Value);

    [Fact]
    public void AUnitAfterBaadAndAnotherRecurs() =>
        Assert.Equal("P1Y", Find("تطورت الجائزة عاماً بعد آخر حتى صارت الأبرز.", "عاماً بعد آخر")?.Value);

    [Fact]
    public void GhurraBeforeAMonthIsItsFirstDay() =>
        Assert.Equal("2015-08-16", Find("تبدأ الحملة الانتخابية غرة شهر ذي القعدة في كل المحافظات.", "غرة شهر ذي القعدة")?.Value);

    [Fact]
    public void ADayNamedByTheKindOfActivityIsNoTodayAndItsClockTimesKeepTheDayGiven()
    {
        var times = Times("خصصت اللجنة يوم الاثنين الموافق 2 / 11 / 1436هـ للتدريب، مبينة أن اليوم التدريبي يبدأ من الساعة الثامنة صباحا.");
        Assert.DoesNotContain(times, t => t.Text == "اليوم");
        Assert.Equal("2015-08-17T08:00", Assert.Single(times, t => t.Text == "الساعة الثامنة صباحا").Value);
    }

    [Fact]
    public void AClockTimeTakesTheDayAfterItsPartOfTheDayAndMin() =>
        Assert.Equal("2015-08-13T23:00", Find("يستمر التسجيل حتى الساعة الحادية عشرة مساءً من يوم الخميس الموافق 1436/10/28هـ.",
            "الساعة الحادية عشرة مساءً من يوم الخميس الموافق 1436/10/28هـ")?.Value);

    [Fact]
    public void MustaqbalanBeforeMinIsStillTheFuture() =>
        Assert.Equal("FUTURE_REF", Find("تساعد هذه المهارات الأطفال لتمكنهم مستقبلا من الاعتماد على أنفسهم.", "مستقبلا")?.Value);

    [Fact]
    public void ALightYearIsADistanceNoTime() =>
        Assert.Empty(Times("رصد العلماء كوكبا يقع على بعد 1400 سنة ضوئية من الأرض."));

    [Fact]
    public void QablFatraIsAWhileAgoLikeMundhuFatra() =>
        Assert.Equal("PAST_REF", Find("تعرض المصنع لهجوم مماثل قبل فترة قبل أن يعاود العمل.", "قبل فترة")?.Value);
}
