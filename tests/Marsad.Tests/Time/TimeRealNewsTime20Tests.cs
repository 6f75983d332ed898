using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes of time error the fourteenth draw's misses showed and time19 left (bench/time/realnews-sample-seed97.tsv), on
/// sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime20Tests
{
    [Fact]
    public void AClockAloneOnAWireTextsLastLineIsItsOwnDayNotTheStorysLastDay() =>
        Assert.Equal("2015-08-10T09:40",
            Find("الرياض 10 أغسطس 2015 واس\nأعلنت الوزارة أنها أنقذت أمس 40 بحارا قبالة السواحل.\n// انتهى //\n09:40 ت م\n", "09:40")?.Value);

    [Fact]
    public void AClockInTheLastSentenceAfterWordsStillTakesTheStorysDay() =>
        Assert.Equal("2015-08-09T21:00", Find("وصل الوفد أمس إلى جدة. وعقد اجتماعا الساعة 21:00", "الساعة 21:00")?.Value);

    [Theory]
    [InlineData("وبعد قرابة 25 عامًا على سقوط الجدار تغيرت المدينة.", "قرابة 25 عامًا", "P25Y")]
    [InlineData("وبعد أكثر من ثلاثة عقود على إنشائه يعود الجسر إلى الخدمة.", "أكثر من ثلاثة عقود", "P30Y")]
    public void ALengthBetweenBaadAndAlaIsTheDurationSinceTheEvent(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.Equal((TimexType.Duration, value), (found?.Type, found?.Value));
    }

    [Fact]
    public void TwoYearsOfAnEarlierCenturyAloneInBracketsAreALifespan() =>
        Assert.Equal("1821/1881", Find("قرأ الطلاب روايات فيودور دوستويفسكي (1821-1881) في الصف.", "1821-1881")?.Value);

    [Fact]
    public void TwoYearsOfAnEarlierCenturyOutsideBracketsAreNoRange() =>
        Assert.DoesNotContain(Times("سجل الفريق النتيجة 1821-1881 في الجولة."), t => t.Value == "1821/1881");

    [Fact]
    public void ADayOfTheSameMonthAfterAFullDateOfAnotherYearInTheSentenceIsOfThatYear() =>
        Assert.Equal("2007-06-29",
            Find("وقعت الحادثة في الثلاثين من يونيو لعام 2007 بعد أن تلقت الشرطة بلاغا في التاسع والعشرين من يونيو.", "التاسع والعشرين من يونيو")?.Value);

    [Fact]
    public void ADayOfAnotherMonthAfterAFullDateOfAnotherYearKeepsTheYearNearestTheAnchor() =>
        Assert.Equal("2015-08-02", Find("وقعت الحادثة في 30 يونيو 2007 ثم تكررت في 2 أغسطس.", "2 أغسطس")?.Value);
}
