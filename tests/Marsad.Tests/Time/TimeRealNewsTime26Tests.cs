using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// A bare plural period as a length of unknown size after «طوال/على مدى» always, and after «ل» only with «من الزمن»
/// or a verb of lasting or remaining before it; sentences the team wrote, anchor Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime26Tests
{
    [Theory]
    [InlineData("عانت القرية من العطش طوال عقود قبل وصول الأنابيب.", "طوال عقود", "PXY")]
    [InlineData("درس الباحثون هذه الظاهرة على مدى سنوات في المختبر.", "على مدى سنوات", "PXY")]
    [InlineData("ظل الجسر مغلقا طيلة أسابيع بسبب الصيانة.", "طيلة أسابيع", "PXW")]
    [InlineData("حكمت الأسرة المدينة لقرون من الزمن.", "قرون من الزمن", "PXY")]
    [InlineData("استمرت أعمال الحفر لأشهر في الموقع قبل الافتتاح.", "أشهر", "PXM")]
    [InlineData("وبقي المسافرون لأيام في المطار دون معلومات.", "أيام", "PXD")]
    public void ABarePluralPeriodAfterAWordOfLastingIsALengthOfUnknownSize(string text, string span, string value)
    {
        var found = Find(text, span);
        Assert.Equal((TimexType.Duration, value, span), (found?.Type, found?.Value, found?.Text));
    }

    [Theory]
    [InlineData("وقعت الوزارة لعقود توريد جديدة مع الشركات المحلية.", "لعقود")]
    [InlineData("زار الوفد عددا من المعالم ومنها لأشهر الأسواق في المدينة.", "لأشهر")]
    [InlineData("عمل الموظفون طوال أيام المعرض في استقبال الزوار.", "أيام")]
    public void ABarePluralAfterLamAloneOrGoverningANounIsNoLength(string text, string word) =>
        Assert.DoesNotContain(Times(text), t => t.Text.Contains(word));
}
