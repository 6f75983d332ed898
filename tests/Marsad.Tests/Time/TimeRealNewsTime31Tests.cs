using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the twentieth real-news draw showed (bench/time/realnews-sample-seed115.tsv) with the earlier draws; sentences
/// the team wrote, anchor Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime31Tests
{
    [Theory]
    [InlineData("الصبر على الأذى فضيلة لا يقدر عليها كل أحد من الناس.")]
    [InlineData("قسم المدرب اللاعبين مجموعات صغيرة، يتدرب كل اثنين منهم معا.")]
    public void EveryOneIsNoWeeklyDayWithoutTheWordDay(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Type == TimexType.Set);

    [Fact]
    public void EverySundayWithTheWordDayStaysWeekly()
    {
        var found = Find("يفتح المتحف أبوابه مجانا كل يوم أحد للطلاب.", "كل يوم أحد");
        Assert.Equal((TimexType.Set, "XXXX-WXX-7"), (found?.Type, found?.Value));
    }

    [Theory]
    [InlineData("كبر أبناء الحي معا، وسكن أغلبهم قريبا منا بعد الزواج.")]
    [InlineData("وقف الحارس قريبا منه طوال المباراة.")]
    public void NearToAPronounIsAPlaceNotSoon(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Value == "FUTURE_REF");

    [Fact]
    public void SecondsToTheHundredthAreATimedResultNotALength() =>
        Assert.DoesNotContain(Times("أنهى العداء سباق المئة متر في 9.91 ثانية وحل ثانيا في النهائي."), t => t.Type == TimexType.Duration);

    [Fact]
    public void ATenthOfAMinuteStaysALength()
    {
        var found = Find("تستغرق الرحلة بالقطار الجديد 2.5 دقيقة فقط بين المحطتين.", "2.5 دقيقة");
        Assert.Equal((TimexType.Duration, "PT2.5M"), (found?.Type, found?.Value));
    }

    [Fact]
    public void TheFirstEndOfARangeOfAMeasureIsAnAmountNotAYear() =>
        Assert.DoesNotContain(Times("ترتفع نسبة الملح في العبوة الواحدة من 2000 إلى 3500 ملغ بحسب نوعها."), t => t.Type == TimexType.Date);

    [Fact]
    public void APeriodNounWithAnOrdinalAfterACommaIsNoRate() =>
        Assert.DoesNotContain(Times("أوقفت الشرطة 120 شخصا، في 12 مدينة، في اليوم الثاني للحملة الأمنية."), t => t.Type == TimexType.Set);

    [Fact]
    public void ANumberedDayOfAnEventIsTheDayTheStoryLastNamed()
    {
        var found = Find("أوقفت الشرطة يوم السبت 120 شخصا في اليوم الثاني للحملة الأمنية.", "اليوم الثاني");
        Assert.Equal((TimexType.Date, "2015-08-08"), (found?.Type, found?.Value));
    }

    [Fact]
    public void ANumberedDayOfAnEventWithNoDateBeforeItIsNotToday() =>
        Assert.Empty(Times("انطلق المعرض بنجاح كبير، وشهد اليوم الثالث من المعرض إقبالا واسعا."));

    [Fact]
    public void OnThatDayIsTheDayTheStoryLastNamed() =>
        Assert.Contains(Times("هبطت الأسهم بحدة في الثامن من يوليو، وخسرت السوق في ذلك اليوم وحده ستة في المائة."),
            t => t.Text.Contains("ذلك اليوم") && (t.Type, t.Value) == (TimexType.Date, "2015-07-08"));
}
