using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the earlier real-news draws left (time41): the bare feast's days throughout and its period («طوال أيام
/// العيد»، «في فترة العيد») as this year's feast, and «في هذا الوقت» as the present unless «من العام» makes it a time of every year;
/// sentences the team wrote, read on Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime41Tests
{
    [Theory]
    [InlineData("واصلت فرق الإسعاف عملها طوال أيام العيد في الحدائق العامة.")]
    [InlineData("بقيت المتاجر مفتوحة طيلة أيام العيد.")]
    [InlineData("ارتفعت نسبة الإشغال في الفنادق خلال فترة العيد بشكل ملحوظ.")]
    public void TheBareFeastsDaysThroughoutOrItsPeriodIsThisYearsFeast(string text)
    {
        var found = Times(text).SingleOrDefault(t => t.Text.Contains("العيد"));
        Assert.Equal((TimexType.Date, "2015-07-17"), (found?.Type, found?.Value));
        // Its atmosphere stays the season's custom.
        Assert.DoesNotContain(Times("يعيش الأطفال أجواء العيد بفرح كبير."), t => t.Text.Contains("العيد"));
    }

    [Theory]
    [InlineData("تحتاج الأسواق في هذا الوقت إلى قرارات واضحة.")]
    [InlineData("لماذا تعود هذه القضية بهذا الوقت بالذات؟")]
    public void FiHadhaAlWaqtIsThePresentButOfTheYearAHabit(string text)
    {
        var found = Times(text).SingleOrDefault(t => t.Text.Contains("الوقت"));
        Assert.Equal((TimexType.Date, "PRESENT_REF"), (found?.Type, found?.Value));
        Assert.DoesNotContain(Times("تنخفض درجات الحرارة في هذا الوقت من العام في المرتفعات."), t => t.Value == "PRESENT_REF");
        Assert.DoesNotContain(Times("يزدحم الشاطئ بالزوار في هذا الوقت من كل عام."), t => t.Value == "PRESENT_REF");
    }
}
