using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the eighteenth real-news draw showed (bench/time/realnews-sample-seed109.tsv); sentences the team wrote, anchor
/// Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime27Tests
{
    [Fact]
    public void ABareWeekdayItsClauseReadsAsComingIsNotThePastOneNamedBefore()
    {
        var found = Find("غادر الوفد المدينة الأحد الماضي، وقال المنظمون إن المحادثات ستتواصل حتى الأحد.", "حتى الأحد");
        Assert.Equal("2015-08-16", found?.Value);
    }

    [Fact]
    public void UntilTodayBeforeADenialIsUpToNow()
    {
        var found = Find("يرى الكاتب أن المدن العربية حتى اليوم لم تتعلم من أخطاء التخطيط.", "حتى اليوم");
        Assert.Equal("PRESENT_REF", found?.Value);
    }

    [Fact]
    public void TodayOpeningItsLineAndSetOffByAnEllipsisIsNowadays()
    {
        var found = Find("قالوا قديما إن الصبر مفتاح الفرج.\nاليوم.. تغيرت الأحوال في المدينة.", "اليوم");
        Assert.Equal("PRESENT_REF", found?.Value);
    }

    [Theory]
    [InlineData("فازت المدينة بتنظيم الألعاب الأولمبية الشتوية 2030 بعد تصويت اللجنة.")]
    [InlineData("تعمل المنظمة وفق أجندة 2030 للتنمية في المنطقة.")]
    public void ABareYearAfterGamesOrAnAgendaIsAYear(string text)
    {
        var found = Find(text, "2030");
        Assert.Equal((TimexType.Date, "2030"), (found?.Type, found?.Value));
    }

    [Fact]
    public void TheNearYesterdayIsTheRecentPast()
    {
        var found = Find("وبالأمس القريب افتتحت البلدية حديقة جديدة في الحي.", "الأمس القريب");
        Assert.Equal((TimexType.Date, "PAST_REF"), (found?.Type, found?.Value));
    }

    [Theory]
    [InlineData("يبدأ تطبيق النظام في نهاية العام الدراسي في المدارس الحكومية.", "نهاية العام")]
    [InlineData("تعلن الشركة نتائجها مع بداية السنة المالية للمساهمين.", "بداية السنة")]
    public void APartOfASchoolOrFinancialYearIsNoPartOfThisYear(string text, string words) =>
        Assert.DoesNotContain(Times(text), t => t.Text.Contains(words));

    [Fact]
    public void ALoneUnitAfterNotExceedingIsALengthOfOne()
    {
        var found = Times("ويسمح النظام بتأخير بداية الدوام مدة لا تزيد على ساعة في المدارس البعيدة.").SingleOrDefault(t => t.Text.Contains("ساعة"));
        Assert.Equal((TimexType.Duration, "PT1H"), (found?.Type, found?.Value));
    }
}
