using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the fifth real-news draw (bench/time/realnews-sample-seed53.tsv) showed, on
/// sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsFifthSampleTests
{
    [Fact]
    public void APeriodWithADirectionAfterAQuantityIsThatPeriodNotARate()
    {
        var times = Times("نجح خمسة متدربين في الشهر الماضي في الاختبار العملي.");
        Assert.DoesNotContain(times, t => t.Type == TimexType.Set);
        Assert.Equal("2015-07", Find("نجح خمسة متدربين في الشهر الماضي في الاختبار العملي.", "الشهر الماضي")?.Value);
    }

    [Fact]
    public void NearToSomethingWithADegreeWordIsNotSoon() =>
        Assert.Empty(Times("بات النادي قريبا للغاية من التعاقد مع المهاجم الإسباني."));

    [Fact]
    public void SinceThenIsTheStorysLastDate() =>
        Assert.Equal("2015-08-03", Find("هبط السهم يوم 3 أغسطس، ومنذ ذلك الحين يتردد المستثمرون في الشراء.", "منذ ذلك الحين")?.Value);

    [Fact]
    public void EveryNightRecursDaily()
    {
        var single = Assert.Single(Times("تضيء الألعاب النارية سماء المدينة كل ليلة طوال المهرجان."));
        Assert.Equal("كل ليلة", single.Text);
        Assert.Equal(TimexType.Set, single.Type);
        Assert.Equal("P1D", single.Value);
    }

    [Fact]
    public void AnAmountInWordsInBracketsCountsItsUnit()
    {
        var single = Assert.Single(Times("يستمر التسجيل لمدة (خمسة) أيام في جميع الفروع."));
        Assert.Equal(TimexType.Duration, single.Type);
        Assert.Equal("P5D", single.Value);
    }

    [Fact]
    public void HoursRightAfterANamedDayAreOnThatDay() =>
        Assert.Equal("2015-08-12T10:00/2015-08-12T12:00",
            Find("تبث القنوات برنامجا موحدا يوم الأربعاء المقبل من العاشرة صباحا حتى الثانية عشرة ظهرا.", "من العاشرة صباحا حتى الثانية عشرة ظهرا")?.Value);

    [Fact]
    public void AClockTimeTakesTheDayItsSentenceNamesAfterIt() =>
        Assert.Equal("2015-08-03T09:00",
            Find("هبطت الطائرة في الساعة التاسعة صباحا، لتدشن الخط الجديد صباح الثالث من أغسطس.", "الساعة التاسعة صباحا")?.Value);

    [Fact]
    public void AClockTimeOfADailyServiceIsATimeOfDayWithNoDate() =>
        Assert.Equal("T07:15", Find("تسير الشركة رحلات يومية إلى الرياض. تقلع الرحلة في الساعة 7:15 صباحا.", "الساعة 7:15 صباحا")?.Value);

    [Fact]
    public void AClockTimeWithNoDayAndNoServiceKeepsThePublicationDay() =>
        Assert.Equal("2015-08-10T07:15", Find("أعلنت الشركة تعديل الجدول. تقلع الرحلة في الساعة 7:15 صباحا.", "الساعة 7:15 صباحا")?.Value);

    [Theory]
    [InlineData("نما الاقتصاد بنسبة 2 في المائة في الربع الثاني.", "الربع الثاني", "2015-Q2")]
    [InlineData("أعلنت الشركة نتائجها عن الربع الثالث لعام 2014 أمس.", "الربع الثالث لعام 2014", "2014-Q3")]
    public void AQuarterAloneOrWithItsYearAfterItIsAQuarter(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void AQuarterOfSomethingElseIsNoQuarterOfTheYear() =>
        Assert.DoesNotContain(Times("نفذت الفرق مسوحات خلال الربع الأول من شهر رمضان."), t => t.Value.Contains('Q'));

    [Fact]
    public void AnHourWithNoPartOfTheDayBeforeAnEarlierClockTimeOfTheStorysDayIsTheAfternoons() =>
        Assert.Equal("2015-08-07T18:00",
            Find("وصلت الموظفة يوم الجمعة 7 أغسطس في الساعة العاشرة صباحا. ثم عادت في الساعة السادسة لتسلم الشقة.", "الساعة السادسة")?.Value);

    [Fact]
    public void AnHourWithItsPartOfTheDayWrittenKeepsIt() =>
        Assert.Equal("2015-08-07T09:00",
            Find("افتتح المعرض يوم الجمعة 7 أغسطس في الساعة العاشرة صباحا. وكان الحراس قد وصلوا في الساعة التاسعة صباحا.", "الساعة التاسعة صباحا")?.Value);

    [Theory]
    [InlineData("يعقد النادي لقاء سنوي يجمع أعضاءه القدامى.", "سنوي", "P1Y")]
    [InlineData("تتعرض القرى لاعتداءات بشكل متكرر ويومي منذ سنوات.", "يومي", "P1D")]
    public void TheMasculineAdjectiveOfARepeatedThingRecurs(string text, string expression, string value)
    {
        var set = Find(text, expression);
        Assert.NotNull(set);
        Assert.Equal(TimexType.Set, set.Type);
        Assert.Equal(value, set.Value);
    }

    [Theory]
    [InlineData("ارتفعت المبيعات 5 في المائة على أساس سنوي.")]
    [InlineData("تقام المباريات يومي السبت والأحد.")]
    public void TheMasculineAdjectiveAfterAComparisonOrAsADualIsNoRecurrence(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Type == TimexType.Set);
}
