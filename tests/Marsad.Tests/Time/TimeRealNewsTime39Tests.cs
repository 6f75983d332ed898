using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the earlier real-news draws left (time39): a bracketed year before a word with a proclitic, definite counts
/// as lengths, places named by a day and month, a month after a given name, a month after a past verb, a bare Hijri
/// year, a watch, a range of hours after a part of a named day; sentences the team wrote, read on Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime39Tests
{
    [Theory]
    [InlineData("صمم المعماري جامع الرحمن (1972) ببغداد ثم سافر إلى الخليج.", "1972")]
    [InlineData("أنجز المكتب مبنى البلدية (1975) ومكتبة الجامعة (1979) في المدينة نفسها.", "1975")]
    public void ABracketedYearBeforeAWordWithAProcliticIsAYear(string text, string year) =>
        Assert.Equal(year, Find(text, year)?.Value);

    [Fact]
    public void ABracketedNumberAfterANounOfNumberingIsNoYear() =>
        Assert.Null(Find("صدر قرار الوزير رقم (2010) بتعديل اللائحة.", "2010"));

    [Theory]
    [InlineData("رحل الفنان عن عمر ناهز المائة عام في منزله.", "المائة عام", "P100Y")]
    [InlineData("ليت هذه الأعوام المائة تكفي لإتمام العمل.", "الأعوام المائة", "P100Y")]
    [InlineData("عاش في المنفى الخمسين عاماً قبل أن يعود.", "الخمسين عاماً", "P50Y")]
    public void ADefiniteCountOfElevenOrMoreBeforeItsSingularIsALength(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.Equal((TimexType.Duration, value), (found?.Type, found?.Value));
    }

    [Fact]
    public void APercentageBeforeAYearStaysAPercentageAndTheYearAYear()
    {
        var times = Times("ارتفعت المبيعات 8 في المائة عام 2014 مقارنة بالعام السابق.");
        Assert.DoesNotContain(times, t => t.Type == TimexType.Duration);
        Assert.Equal("2014", Find("ارتفعت المبيعات 8 في المائة عام 2014 مقارنة بالعام السابق.", "عام 2014")?.Value);
    }

    [Theory]
    [InlineData("أقيم المعرض في مدينة 6 أكتوبر غرب القاهرة.")]
    [InlineData("تجمع المتظاهرون في ميدان 23 يوليو وسط المدينة.")]
    [InlineData("أقيم الحفل في مدينة السادس من أكتوبر بحضور الطلاب.")]
    public void ADayAndMonthAfterANounOfAPlaceIsItsName(string text) =>
        Assert.Empty(Times(text));

    [Fact]
    public void AMonthRightAfterAGivenNameIsPartOfTheName() =>
        Assert.Empty(Times("وسع الملك فيليب أغسطس حدود مملكته."));

    [Theory]
    [InlineData("وأوضح المتحدث أن الشركة أبرمت العقد في نوفمبر مع المقاول.", "نوفمبر", "2014-11")]
    [InlineData("وكانت الحكومة قد أعلنت في أكتوبر عن خطة جديدة للإسكان.", "أكتوبر", "2014-10")]
    public void AMonthAfterFiNearAPerfectVerbIsThePastOne(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("وقررت الوزارة تأجيل الامتحانات إلى نوفمبر.", "نوفمبر", "2015-11")]
    [InlineData("وتوقعت الشركة أن ترتفع الأسعار في سبتمبر.", "سبتمبر", "2015-09")]
    [InlineData("ووافق المجلس على طلب الرئيس عقد مؤتمر عام للحزب في نوفمبر.", "نوفمبر", "2015-11")]
    public void AMonthOfAPlanOrFarFromTheVerbStaysTheComingOne(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("بدأت الاستعدادات لموسم حج 1436 منذ وقت مبكر.", "1436", "2015")]
    [InlineData("أقرت الهيئة ميزانية عام 1435 بعد مراجعتها.", "عام 1435", "2014")]
    public void ABareYearNearTheAnchorsHijriYearIsHijri(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void ABareYearInTheHijriRangeFarFromTheAnchorIsNoYear() =>
        Assert.Null(Find("تبرع المحسن في 1350 موقعا لبناء المساجد.", "1350"));

    [Theory]
    [InlineData("باعت الشركة أكثر من مليوني ساعة ذكية خلال الربع الأول.")]
    [InlineData("يملك الرجل 40 ساعة يد من أفخم الماركات.")]
    public void ACountOfWatchesIsNoLength(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Type == TimexType.Duration);

    [Fact]
    public void ARangeOfHoursAfterAPartOfANamedDayIsOnThatDay()
    {
        var found = Find("وتفقد المدير المستشفى مساء السبت من الثالثة عصرا حتى السادسة مساء.", "من الثالثة عصرا حتى السادسة مساء");
        Assert.Equal("2015-08-08T15:00/2015-08-08T18:00", found?.Value);
    }
}
