using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the earlier real-news draws left (time40): a definite teen before its counted noun, a length bounded by
/// «أو أكثر/أقل» or counted in minutes after «بعد/قبل», the bare feast greeted with ب, a bare plural after «لمدة», a school
/// or financial year's adjective and its two-year form; sentences the team wrote, read on Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime40Tests
{
    /// <summary>The one expression whose text holds <paramref name="part"/>, or null.</summary>
    private static TimeExpression? Holding(string text, string part) => Times(text).SingleOrDefault(t => t.Text.Contains(part));

    [Theory]
    [InlineData("تعهدت الحكومة بخطة تغطي الخمسة عشر عاماً المقبلة.", "الخمسة عشر عاماً المقبلة", "P15Y")]
    [InlineData("ستخصص الوزارة الميزانية للسبعة عشر شهراً القادمة.", "للسبعة عشر شهراً القادمة", "P17M")]
    public void ADefiniteTeenBeforeItsCountedNounIsTheWholeLength(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.Equal((TimexType.Duration, value), (found?.Type, found?.Value));
    }

    [Theory]
    [InlineData("تسدد القروض عادة بعد عشر سنوات أو أكثر.", "عشر سنوات", "P10Y")]
    [InlineData("يغادر معظم المدربين بعد ثلاثة أشهر أو أقل من وصولهم.", "ثلاثة أشهر", "P3M")]
    public void ALengthBoundedByMoreOrLessIsADuration(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.Equal((TimexType.Duration, value), (found?.Type, found?.Value));
    }

    [Fact]
    public void MinutesAfterBaadAreHowLongItTookWhileHoursStayADate()
    {
        var minutes = Find("وسجل المهاجم الهدف الثاني بعد خمس دقائق فقط.", "خمس دقائق");
        Assert.Equal((TimexType.Duration, "PT5M"), (minutes?.Type, minutes?.Value));
        var hours = Find("تنتهي المهلة بعد 72 ساعة.", "بعد 72 ساعة");
        Assert.Equal((TimexType.Date, "2015-08-13"), (hours?.Type, hours?.Value));
    }

    [Theory]
    [InlineData("وهنأ المدير الموظفين بالعيد السعيد في مقر الشركة.", "العيد السعيد")]
    [InlineData("وتبادل الحضور التهاني بالعيد في أجواء من الفرح.", "العيد")]
    [InlineData("أقامت المدرسة حفلاً بمناسبة العيد بحضور الطلاب.", "العيد")]
    public void TheBareFeastGreetedWithBaOrItsOccasionIsThisYearsFeastDayUnlessAnAdjectiveOfItsOwnFollows(string text, string expression)
    {
        Assert.Equal("2015-07-17", Find(text, expression)?.Value);
        Assert.DoesNotContain(Times("واحتفلت المدينة بالعيد الوطني للبلاد."), t => t.Value == "2015-07-17");
        Assert.DoesNotContain(Times("أقامت السفارة حفلاً بمناسبة العيد الوطني للبلاد."), t => t.Value == "2015-07-17");
    }

    [Fact]
    public void ABarePluralAfterLimuddaIsALengthOfUnknownSize()
    {
        var found = Holding("احتجز المسلحون الرهائن لمدة أسابيع في الجبال.", "أسابيع");
        Assert.Equal((TimexType.Duration, "PXW"), (found?.Type, found?.Value));
    }

    [Fact]
    public void AFinancialYearsAdjectiveStandsBetweenTheYearWordAndItsNumber() =>
        Assert.Equal("2013", Holding("تراجعت أرباح الشركة عن العام المالي 2013 بنسبة ثلاثة في المائة.", "2013")?.Value);

    [Fact]
    public void AFinancialYearWrittenAsTwoHijriYearsIsOneExpression()
    {
        var found = Holding("أصدرت المؤسسة تقريرها للعام المالي 1435/1436 بعد مراجعته.", "1435");
        Assert.Equal(TimexType.Date, found?.Type);
        Assert.Contains("1435/1436", found!.Text);
    }
}
