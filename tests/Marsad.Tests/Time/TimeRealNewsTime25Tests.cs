using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes of time error the seventeenth draw (bench/time/realnews-sample-seed107.tsv) and the corpus run of
/// weekday.named-coming showed, on sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime25Tests
{
    [Theory]
    [InlineData("وأوضح مدير الجمعية خالد الجمعة أن البرنامج يبدأ قريبا.", "الجمعة")]
    [InlineData("وكتب الإعلامي سعود الخميس مقالا عن المنتخب.", "الخميس")]
    public void AWeekdayAfterAGivenNameThatOpensTheNameIsAFamilyName(string text, string weekday) =>
        Assert.DoesNotContain(Times(text), t => t.Text.Contains(weekday));

    [Fact]
    public void AWeekdayAfterANameOfTwoWordsIsStillTheDay()
    {
        var found = Find("وقال الرئيس محمود عباس الجمعة إنه سيزور القاهرة.", "الجمعة");
        Assert.Equal((TimexType.Date, "2015-08-07"), (found?.Type, found?.Value));
    }

    [Fact]
    public void AWeekdayAfterTheFeminineScheduledAdjectiveIsTheComingOne()
    {
        var found = Find("وتحدث المدرب عن المباراة المقررة أمام الفريق الضيف مساء يوم الأربعاء.", "مساء يوم الأربعاء");
        Assert.Equal((TimexType.Time, "2015-08-12TEV"), (found?.Type, found?.Value));
    }

    [Fact]
    public void AWeekdayNamedAsComingThenToldWithAPerfectVerbIsThePastOne()
    {
        var times = Times("يصوت البرلمان على الميزانية يوم الخميس. وصرح الوزير الخميس بأن الخطة جاهزة.");
        Assert.Equal(["2015-08-13", "2015-08-06"], times.Select(t => t.Value));
    }

    [Fact]
    public void AWeekdayAfterMundhIsPastEvenAfterAComingOne()
    {
        var times = Times("تستأنف المحكمة جلساتها يوم الأحد. والمتهم محتجز منذ الأحد في سجن المدينة.");
        Assert.Equal(["2015-08-16", "2015-08-09"], times.Select(t => t.Value));
    }

    [Fact]
    public void AWeekdayInReportedSpeechAfterAComingOneStaysComing()
    {
        var times = Times("يلتقي الفريقان يوم الأربعاء في العاصمة. وقال المدرب إن مباراة الأربعاء صعبة.");
        Assert.Equal(["2015-08-12", "2015-08-12"], times.Select(t => t.Value));
    }

    [Fact]
    public void MundhAmadIsAVaguePast()
    {
        var found = Find("تعرفه الجماهير منذ أمد بعيد لاعبا ومدربا.", "منذ أمد بعيد");
        Assert.Equal((TimexType.Date, "PAST_REF"), (found?.Type, found?.Value));
    }

    [Fact]
    public void ABareYearAfterMawalidIsABirthYear()
    {
        var found = Find("والمخرجة من مواليد الإسكندرية 1981 وتقيم في باريس.", "1981");
        Assert.Equal((TimexType.Date, "1981"), (found?.Type, found?.Value));
    }

    [Fact]
    public void AnOrdinalAfterSinnIsAnAge()
    {
        var found = Find("ما زال الكاتب ينشر رواياته في سن الثامنة والسبعين.", "الثامنة والسبعين");
        Assert.Equal((TimexType.Duration, "P78Y"), (found?.Type, found?.Value));
    }
}
