using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the sixth real-news draw (bench/time/realnews-sample-seed59.tsv) showed, on
/// sentences the team wrote. The anchor (publication date) is Monday 10 August 2015; عيد الفطر 1436 = 17 July 2015.
/// </summary>
public sealed class TimeRealNewsSixthSampleTests
{
    [Theory]
    [InlineData("نشرت الصحيفة المقال في باب الرأي يوم الأحد.")]
    [InlineData("نختار هذا المثال من باب التبسيط لا أكثر.")]
    public void AWordThatIsAMonthOnlyWithoutItsPrepositionIsNoMonthAfterAnotherPreposition(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Rule.StartsWith("date.month", StringComparison.Ordinal));

    [Theory]
    [InlineData("أشاد اللاعبون بالاهتمام الذي يوليه رئيس النادي للفئات السنية.")]
    [InlineData("عاد المدرب الذي مارس المهنة عشرين عاما إلى الملاعب.")]
    public void AMonthNameAfterARelativePronounIsAVerb(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Rule.StartsWith("date.month", StringComparison.Ordinal));

    [Theory]
    [InlineData("كل عام وأنتم بخير، وعيد سعيد على الجميع.")]
    [InlineData("نقول لقرائنا: كل سنة والجميع بخير.")]
    public void TheSeasonsGreetingIsNoRecurrence(string text) => Assert.Empty(Times(text));

    [Fact]
    public void AQuantityPerDayWrittenWithBaIsARate()
    {
        var single = Assert.Single(Times("تنتج الحقول الجديدة 2.5 مليون برميل باليوم."));
        Assert.Equal("اليوم", single.Text);
        Assert.Equal(TimexType.Set, single.Type);
        Assert.Equal("P1D", single.Value);
    }

    [Fact]
    public void AnOrdinalBeforeAPeriodNounCountsNothing() =>
        Assert.DoesNotContain(Times("كان أول يوم في الأسبوع حافلا بالاجتماعات."), t => t.Type == TimexType.Set);

    [Fact]
    public void APeriodWithAYearAfterItIsThatPeriodNotARate() =>
        Assert.Equal("2014", Assert.Single(Times("زار الوزير المدينة مرتين في العام 2014.")).Value);

    [Theory]
    [InlineData("ارتفعت العقود الآجلة تسليم ديسمبر بنسبة واحد في المئة.", "ديسمبر", "2015-12")]
    [InlineData("استقرت عقود النفط تسليم أغسطس عند 49 دولارا.", "أغسطس", "2015-08")]
    [InlineData("تراجعت العقود الآجلة لتسليم مارس.", "مارس", "2016-03")]
    public void AContractsDeliveryMonthIsTheAnchorsOrTheNextOne(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("وصل المريض إلى الطوارئ ليلة العيد يشكو آلاما في البطن.", "ليلة العيد")]
    [InlineData("أجرى الفريق الطبي العملية ليلة عيد الفطر.", "ليلة عيد الفطر")]
    public void TheNightOfTheFeastIsTheNightBeforeIt(string text, string expression)
    {
        var found = Find(text, expression);
        Assert.NotNull(found);
        Assert.Equal(TimexType.Time, found.Type);
        Assert.Equal("2015-07-16TNI", found.Value);
    }

    [Theory]
    [InlineData("تفقد الرئيس الجبهات في ثاني أيام عيد الفطر.", "ثاني أيام عيد الفطر", "2015-07-18")]
    [InlineData("أجريت العملية في أول أيام العيد.", "أول أيام العيد", "2015-07-17")]
    [InlineData("امتلأت الحدائق بالزوار في ثالث أيام العيد.", "ثالث أيام العيد", "2015-07-19")]
    public void AnOrdinalDayOfTheFeastCountsFromItsFirstDay(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("أدى المصلون صلاة العيد في الجامع الكبير.", "العيد")]
    [InlineData("تبادل المسافرون التهاني بهذا العيد.", "العيد")]
    public void TheFeastAloneAfterAWordOfTheDayIsTheNearerFeast(string text, string expression) =>
        Assert.Equal("2015-07-17", Find(text, expression)?.Value);

    [Theory]
    [InlineData("ترتفع أسعار الاستراحات خلال أيام العيد.")]
    [InlineData("تحرص الأسر على أجواء العيد وزيارة الأقارب.")]
    public void TheFeastAloneAsTheSeasonsCustomIsNoTime(string text) => Assert.Empty(Times(text));

    [Theory]
    [InlineData("هنأ أمير المنطقة المواطنين بعيد الفطر المبارك في كلمة مصورة.")]
    [InlineData("عبر الأطفال عن فرحتهم بعيد الفطر المبارك.")]
    public void AFeastCongratulatedOnOrCelebratedIsItsDay(string text) =>
        Assert.Equal("2015-07-17", Find(text, "عيد الفطر المبارك")?.Value);

    [Theory]
    [InlineData("ضبطت الهيئة المخالفات في المنافذ خلال شهري رجب وشعبان الماضيين.", "2015-04/2015-06")]
    [InlineData("ارتفعت المبيعات في شهري مايو ويونيو الماضيين.", "2015-05/2015-06")]
    public void TwoMonthsAfterTheDualOfMonthAreTheStretchFromTheFirstToTheSecond(string text, string value) =>
        Assert.Equal(value, Assert.Single(Times(text)).Value);

    [Fact]
    public void AWireClockWithTheArabicDecimalSignReadsHoursAfterMinutes() =>
        Assert.Equal("2015-08-10T06:33", Assert.Single(Times("بلغ سعر الأوقية 1086 دولارا بحلول الساعة 33ر06 بتوقيت جرينتش.")).Value);

    [Fact]
    public void ABetweenRangeMayLinkItsEndsWithUntil() =>
        Assert.Equal("1992/1998", Assert.Single(Times("حكمت الإدارتان الإقليم ما بين عامي 1992 ولغاية 1998.")).Value);

    [Fact]
    public void TheDualDirectionSpelledWithOneYaIsStillPast()
    {
        var single = Assert.Single(Times("نفذت البلديات المشاريع خلال العامين الماضين في جميع المناطق."));
        Assert.Equal(TimexType.Duration, single.Type);
        Assert.Equal("P2Y", single.Value);
    }

    [Fact]
    public void AHijriDayTakesTheGregorianDayTheTextSaysItFallsOn()
    {
        var times = Times("الرياض 26 شوال 1436 هـ الموافق 10 أغسطس 2015 م (واس) تفقد الأمير المراكز الانتخابية.");
        Assert.Equal(["2015-08-10", "2015-08-10"], times.Select(t => t.Value));
        Assert.Equal("2015-08-11", Assert.Single(Times("صدر القرار في 26 شوال 1436 هـ بعد دراسة طويلة.")).Value);
    }

    [Fact]
    public void APartOfTheDayAloneIsOnTheStorysDay()
    {
        var text = "أدى الفريق أمس تدريباته على فترتين، وأقيمت الحصة الأخيرة ظهراً في الملعب الرئيسي.";
        Assert.Equal("2015-08-09TMI", Find(text, "ظهراً")?.Value);
    }

    [Theory]
    [InlineData("تنخفض درجات الحرارة ليلا على المرتفعات الجنوبية.")]
    [InlineData("يعمل المتطوعون صباحا ومساء في تنظيف الشواطئ.")]
    public void APartOfTheDayAloneWithNoStoryDayOrInAPairIsAHabit(string text) => Assert.Empty(Times(text));

    [Theory]
    [InlineData("أعلن النادي قبل أيام قليلة تعاقده مع المدرب الجديد.", "قبل أيام قليلة", "PAST_REF")]
    [InlineData("يتوقع أن يصدر القرار بعد أسابيع قليلة.", "بعد أسابيع قليلة", "FUTURE_REF")]
    public void AnUncountedPeriodWithAWordOfFewAfterAnOperatorIsVague(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);
}
