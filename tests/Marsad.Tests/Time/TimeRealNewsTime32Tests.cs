using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the twenty-first real-news draw showed (bench/time/realnews-sample-seed117.tsv) with the earlier draws;
/// sentences the team wrote, anchor Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime32Tests
{
    [Theory]
    [InlineData("وضعت الشركة خطة تمتد من ثلاثة إلى خمسة أعوام لإكمال المشروع.", "ثلاثة إلى خمسة أعوام", "P3Y/P5Y")]
    [InlineData("يستغرق العلاج ما بين ستة الى ثمانية أسابيع بحسب الأطباء.", "ستة الى ثمانية أسابيع", "P6W/P8W")]
    [InlineData("تراوحت أعمار المتطوعين بين 25-30 عاما في الدفعة الأولى.", "25-30 عاما", "P25Y/P30Y")]
    public void AnAmountJoinedToALengthIsARangeOfLengths(string text, string expression, string value) =>
        AssertFound(text, expression, TimexType.Duration, value);

    [Theory]
    [InlineData("تعلم السباحة في عمر الخامسة ثم انتقل إلى الأندية.", "الخامسة", "P5Y")]
    [InlineData("احتفلت المدرسة بإكمال عامها العاشر في الحي.", "العاشر", "P10Y")]
    [InlineData("تزداد المخاطر بعد سن الـ60 عند النساء.", "60", "P60Y")]
    public void AnOrdinalOrANumberAfterAWordOfAgeIsAnAge(string text, string expression, string value) =>
        AssertFound(text, expression, TimexType.Duration, value);

    [Theory]
    [InlineData("وصل الوزير قبل دقائق من بدء الجلسة الافتتاحية.", "دقائق", "PTXM")]
    [InlineData("جاء القرار بعد ساعات من إعلان النتائج الرسمية.", "ساعات", "PTXH")]
    public void AnUnmeasuredOffsetFromAnEventIsALengthOfUnknownSize(string text, string expression, string value) =>
        AssertFound(text, expression, TimexType.Duration, value);

    [Theory]
    [InlineData("يعيش كثيرون بأقل من دولار في اليوم في تلك المناطق.", "في اليوم")]
    [InlineData("لا يتجاوز أجر العامل ريالين في اليوم.", "في اليوم")]
    public void AUnitOrCurrencyBeforeInTheDayMakesItARate(string text, string expression) =>
        AssertFound(text, expression, TimexType.Set, "P1D");

    [Fact]
    public void GeneralAfterACoachIsNoYear() =>
        Assert.Empty(Times("انتقد المدرب العام السابق للفريق قرارات الإدارة."));

    [Fact]
    public void ADayAndMonthAfterANounOfTheEventTheyNameIsTheEventsDay()
    {
        var times = Times("تغيرت إجراءات السفر كثيرا بعد هجمات 11 سبتمبر. وما زال 11 سبتمبر يثير الجدل في الكتب.");
        Assert.Equal(["2001-09-11", "2001-09-11"], times.Where(t => t.Text == "11 سبتمبر").Select(t => t.Value));
    }

    [Fact]
    public void ADayAndMonthWithoutANounOfTheEventStaysTheNearestOne() =>
        Assert.Equal("2015-09-11", Find("تعقد اللجنة اجتماعها يوم 11 سبتمبر في جدة.", "يوم 11 سبتمبر")?.Value);

    private static void AssertFound(string text, string expression, TimexType type, string value)
    {
        var found = Find(text, expression);
        Assert.Equal((type, value), (found?.Type, found?.Value));
    }
}
