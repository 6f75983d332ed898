using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the seventh real-news draw (bench/time/realnews-sample-seed61.tsv) showed, on
/// sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsSeventhSampleTests
{
    private const string Results =
        "أعلنت الشركة نتائجها للنصف الأول من العام الحالي. وارتفعت الإيرادات خلال النصف الأول بنسبة 8% مقارنة بنفس الفترة من العام السابق، "
        + "وزادت المبيعات خلال الربع الثاني بنسبة 3% مقارنة بالفترة نفسها من العام الماضي.";

    [Fact]
    public void AHalfWrittenAloneIsAHalfOfTheYearOfTheTextsOtherHalf()
    {
        var halves = Times(Results).Where(t => t.Text == "النصف الأول").ToList();
        Assert.Equal("2015-H1", Assert.Single(halves).Value);
    }

    [Fact]
    public void AHalfWrittenAloneInATextWithNoHalfOfAYearIsAMatchsHalf() =>
        Assert.Empty(Times("سيطر الفريق على المباراة خلال النصف الأول وسجل هدفين."));

    [Theory]
    [InlineData("نفس الفترة من العام السابق", "2014-H1")]
    [InlineData("الفترة نفسها من العام الماضي", "2014-Q2")]
    public void TheSamePeriodOfAnotherYearIsTheStorysHalfOrQuarterInThatYear(string expression, string value) =>
        Assert.Equal(value, Find(Results, expression)?.Value);

    [Fact]
    public void TheSamePeriodOfAWrittenYearIsTheStorysPeriodInThatYear() =>
        Assert.Equal("2014-H1", Find("نمت المبيعات في النصف الأول من العام الجاري بنسبة 40% مقارنة مع الفترة نفسها من العام 2014.",
            "الفترة نفسها من العام 2014")?.Value);

    [Fact]
    public void TheSamePeriodWithNoPeriodInTheStoryLeavesTheYearAlone()
    {
        var single = Assert.Single(Times("تحسنت الأرباح مقارنة بنفس الفترة من العام الماضي."));
        Assert.Equal("العام الماضي", single.Text);
        Assert.Equal("2014", single.Value);
    }

    [Fact]
    public void AtTheTimeAfterADateTheStoryGaveIsThatDate() =>
        Assert.Equal("2015-08-09", Find("هبطت الطائرة اضطراريا أمس، وأكد مصدر أنها عاودت التحليق في حينه.", "في حينه")?.Value);

    [Theory]
    [InlineData("تراجعت الأسهم الأوروبية لأدنى مستوى في أسبوع.", "أسبوع", "P1W")]
    [InlineData("صعد الذهب إلى أعلى مستوياته في شهر.", "شهر", "P1M")]
    public void ALoneSingularPeriodAfterAComparativeLevelIsALengthOfOne(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.NotNull(found);
        Assert.Equal(TimexType.Duration, found.Type);
        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void ALoneSingularPeriodAfterFiWithoutALevelIsNoLength() =>
        Assert.Empty(Times("قرأ الكتاب في أسبوع من العطلة."));

    [Fact]
    public void AnAmountWithADecimalCommaIsOneNumber() =>
        Assert.Equal("P58.6Y", Find("بلغ معدل أعمار المرضى 58,6 سنة.", "58,6 سنة")?.Value);

    [Fact]
    public void DigitsGroupedInThousandsByACommaAreNoDecimal() =>
        Assert.DoesNotContain(Times("استمر المشروع 1,500 يوم قبل افتتاحه."), t => t.Value == "P1.5D");

    [Fact]
    public void AfterNoonAloneIsTheAfternoonOfTheStorysDay() =>
        Assert.Equal("2015-08-09TAF", Find("بدأ الاجتماع صباح أمس واختتم بعد الظهر.", "بعد الظهر")?.Value);

    [Fact]
    public void AfterNoonAloneWithNoStoryDayIsAHabit() =>
        Assert.Empty(Times("تغلق المحلات أبوابها بعد الظهر."));

    [Fact]
    public void TheTwoBeforeADualVerbIsNoMonday() =>
        Assert.Empty(Times("سيسهم وجود زميله معه في النادي، حيث إن الاثنين يعرفان بعضهما جيدا."));

    [Fact]
    public void MondayBeforeASingularVerbIsStillMonday() =>
        Assert.Equal("2015-08-10", Find("قال المتحدث إن الاثنين يشهد افتتاح المعرض.", "الاثنين")?.Value);
}
