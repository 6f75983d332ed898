using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the twenty-third real-news draw (seed 121) and the earlier draws' left-overs showed: «هذه الفترة» as the present
/// unless a stretch or a length just named comes before it, a compound length after منذ/قبل, a quarter of a month; sentences the team wrote,
/// read on Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime37Tests
{
    [Fact]
    public void ThisStretchWithNoStretchBeforeItIsThePresent()
    {
        var found = Find("وتشهد الأسواق خلال هذه الفترة إقبالا كبيرا على شراء الملابس.", "هذه الفترة");
        Assert.Equal((TimexType.Date, "PRESENT_REF"), (found?.Type, found?.Value));
    }

    [Theory]
    [InlineData("تولى رئاسة الاتحاد بين عامي 1993 و2009، واستضافت بلاده خلال هذه الفترة بطولة كأس العالم.")]
    [InlineData("باعت الشركة خلال الربع الأول من عام 2014 نحو ثمانين مليون جهاز. وحققت خلال هذه الفترة أرباحا قياسية.")]
    public void ThisStretchAfterAStretchTheStoryNamedPointsBackAndIsNoTimeOfItsOwn(string text)
    {
        Assert.Null(Find(text, "هذه الفترة"));
    }

    [Fact]
    public void ThisStretchAfterADayIsStillThePresent()
    {
        var found = Find("قال الوزير أمس إن الطلب على الكهرباء يرتفع في هذه الفترة بسبب الحر.", "هذه الفترة");
        Assert.Equal((TimexType.Date, "PRESENT_REF"), (found?.Type, found?.Value));
    }

    [Theory]
    [InlineData("يصدر القرار خلال أسبوعين، وسيبقى اللاعب خلال هذه الفترة موقوفا عن اللعب.")]
    [InlineData("بقي المبنى مهجورا ولا يستحق البقاء كل هذه الفترة دون صيانة.")]
    public void ThisStretchAfterALengthOrAfterKullIsNoTimeOfItsOwn(string text)
    {
        Assert.Null(Find(text, "هذه الفترة"));
    }

    [Fact]
    public void ThisStretchAfterLikenessIsATimeOfYearThatRecurs()
    {
        Assert.Null(Find("ترتفع درجات الحرارة في مثل هذه الفترة من كل عام.", "هذه الفترة"));
    }

    [Theory]
    [InlineData("يعمل الموظف في الشركة منذ سنة وسبعة أشهر دون إجازة.", "منذ سنة وسبعة أشهر", "2014-01")]
    [InlineData("وصل اللاجئ إلى ألمانيا قبل عامين وثلاثة أشهر مع أسرته.", "قبل عامين وثلاثة أشهر", "2013-05")]
    public void ACompoundLengthCountsBackInItsSmallerUnit(string text, string span, string value)
    {
        var found = Find(text, span);
        Assert.Equal((TimexType.Date, value), (found?.Type, found?.Value));
    }

    [Theory]
    [InlineData("يقام المهرجان في الربع الأول من شهر أكتوبر المقبل.", "الربع الأول من شهر أكتوبر المقبل", "2015-10-01/2015-10-07")]
    [InlineData("تراجعت المبيعات في الربع الثاني من الشهر الماضي.", "الربع الثاني من الشهر الماضي", "2015-07-08/2015-07-15")]
    [InlineData("يكثر المعتمرون في الربع الأخير من شهر رمضان الماضي.", "الربع الأخير من شهر رمضان الماضي", "2015-07-10/2015-07-16")]
    public void AQuarterOfAMonthIsItsSpanOfDays(string text, string span, string value)
    {
        var found = Find(text, span);
        Assert.Equal((TimexType.Date, value), (found?.Type, found?.Value));
    }
}
