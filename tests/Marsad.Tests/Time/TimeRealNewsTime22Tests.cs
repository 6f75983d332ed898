using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes of time error the fourteenth and fifteenth draws (bench/time/realnews-sample-seed97.tsv, -seed101.tsv) and the
/// eleventh (-seed79.tsv) showed, on sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime22Tests
{
    [Theory]
    [InlineData("تخرج الشاب بعد 6 سنوات من دراسة الطب في القاهرة.", "6 سنوات", "P6Y")]
    [InlineData("استبدلت البلدية الأجهزة بعد 12 عاما من استخدامها في المدارس.", "12 عاما", "P12Y")]
    public void ANumberedLengthOfStudyOrUseIsHowLongItWentOn(string text, string expression, string value) =>
        IsDuration(text, expression, value);

    [Theory]
    [InlineData("وقع البلدان اتفاقا تجاريا بعد سنوات من القطيعة بينهما.", "سنوات", "PXY")]
    [InlineData("أعلن الطرفان الهدنة بعد أشهر من المحادثات في جنيف.", "أشهر", "PXM")]
    public void AVagueLengthOfALastingActivityIsAnUnknownDuration(string text, string expression, string value) =>
        IsDuration(text, expression, value);

    private static void IsDuration(string text, string expression, string value)
    {
        var found = Find(text, expression);
        Assert.Equal((TimexType.Duration, value), (found?.Type, found?.Value));
    }
}
