using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>Classes of the corpus the time28 session counted; sentences the team wrote, anchor Monday 10 August 2015.</summary>
public sealed class TimeRealNewsTime28Tests
{
    [Theory]
    [InlineData("ارتفعت مبيعات التمور في رمضان 2015 بنسبة كبيرة.", "رمضان 2015", "2015-07")]
    [InlineData("تتوقع الغرفة التجارية أن يحل شهر رمضان عام 2016 في ذروة الصيف.", "شهر رمضان عام 2016", "2016-06")]
    public void AHijriMonthWithAGregorianYearIsThatMonthInThatYear(string text, string words, string value)
    {
        var found = Find(text, words);
        Assert.Equal((TimexType.Date, value), (found?.Type, found?.Value));
    }

    [Fact]
    public void YearsJoinedByATatweelDashAreARangeOverTheOriginalText()
    {
        var found = Find("تضاعف عدد الطلاب المبتعثين بين 2009 ــ 2014 في معظم التخصصات.", "2009 ــ 2014");
        Assert.Equal("2009/2014", found?.Value);
    }
}
