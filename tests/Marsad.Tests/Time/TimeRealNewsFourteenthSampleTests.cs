using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the fourteenth real-news draw (bench/time/realnews-sample-seed97.tsv) and the
/// misses pooled over all fourteen draws showed, on sentences the team wrote. The anchor (publication date) is Monday
/// 10 August 2015.
/// </summary>
public sealed class TimeRealNewsFourteenthSampleTests
{
    [Theory]
    [InlineData("تنطلق البطولة الآسيوية السبت في الدوحة.", "السبت", "2015-08-15")]
    [InlineData("وتعقد اللجنة اجتماعها الأحد لمناقشة الميزانية.", "الأحد", "2015-08-16")]
    public void ABareWeekdayAfterAnImperfectInTaWithAFeminineSubjectIsTheNextOne(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("تراجع سعر الذهب السبت إلى أدنى مستوى.", "السبت", "2015-08-08")]
    [InlineData("توفيت الفنانة السبت في القاهرة.", "السبت", "2015-08-08")]
    public void ABareWeekdayAfterAPerfectInTaStaysTheLastOne(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void AWeekdayAfterASubjunctiveThatFollowsBeforeThatStaysTheLastOne() =>
        Assert.Equal("2015-08-06", Find("وصل الوفد إلى القاهرة الأربعاء قبل أن يغادر إلى عمان الخميس.", "الخميس")?.Value);

    [Theory]
    [InlineData("من المقرر أن يصوت المجلس بعد ظهر الأربعاء على القرار.", "بعد ظهر الأربعاء", "2015-08-12TAF")]
    [InlineData("ستعقد اللجنة اجتماعها صباح الخميس في الرياض.", "صباح الخميس", "2015-08-13TMO")]
    public void APartOfABareWeekdayInASentenceAboutWhatIsToComeIsOnTheNextOne(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void TwoWeekdaysWithAPluralDirectionAfterTheSecondAreBothComing() =>
        Assert.Equal("2015-08-12/2015-08-13",
            Find("تتوقع الأرصاد أمطارا رعدية يومي الأربعاء والخميس القادمين.", "يومي الأربعاء والخميس القادمين")?.Value);

    [Theory]
    [InlineData("وفي اليوم الخامس من المعسكر خاض الفريق مباراة ودية.")]
    [InlineData("شارك الطلاب في اليوم الثقافي للمدرسة.")]
    [InlineData("ويؤمن المسلم بالله وباليوم الآخر.")]
    public void TodayFollowedByAnOrdinalOrTheKindOfDayIsNotToday(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Text.EndsWith("اليوم", StringComparison.Ordinal));

    [Fact]
    public void TheDualOfThePrayerBeforeAWeekdayNamesThePrayer() =>
        Assert.DoesNotContain(Times("ومنعت السلطات إقامة صلاتي الجمعة والعيد في المسجد."), t => t.Text.Contains("الجمعة", StringComparison.Ordinal));

    [Theory]
    [InlineData("والأسعار مرتفعة بالنسبة للوقت الحاضر.", "PRESENT_REF")]
    [InlineData("وكانت الوزارة قد نفت ذلك في أوقات سابقة.", "PAST_REF")]
    public void ThePresentTimeAndEarlierTimesAreVagueReferences(string text, string value) =>
        Assert.Equal([value], Times(text).Select(t => t.Value));

    [Fact]
    public void APlaceAndTodayThatNameAnOutletOnlyAfterAnOutletNounAreTheDay() =>
        Assert.Equal(["2015-08-10"], Times("وتواصلت المعارك في العراق اليوم بين الجيش والمسلحين.").Select(t => t.Value));

    [Fact]
    public void APlaceAndTodayAfterAnOutletNounAreTheOutlet() =>
        Assert.Empty(Times("وقال مراسل صحيفة العراق اليوم إن القصف توقف."));

    [Fact]
    public void TwoYearsOfAnEarlierCenturyAfterTheYearWordsOfARangeAreTheRange() =>
        Assert.Equal("1798/1801", Find("احتلت الحملة الفرنسية مصر بين عامي 1798 و1801.", "بين عامي 1798 و1801")?.Value);
}
