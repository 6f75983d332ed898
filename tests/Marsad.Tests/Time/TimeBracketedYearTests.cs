using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// A year alone in brackets after a name and before a phrase of its own dates the thing named; a number in brackets a
/// noun follows counts it. Sentences the team wrote, read on Monday 10 August 2015.
/// </summary>
public sealed class TimeBracketedYearTests
{
    [Theory]
    [InlineData("زار الوفد جامع الملك فهد (1987) في المدينة القديمة بعد ترميمه.", "1987")]
    [InlineData("ألغت المحكمة لائحة النقل العام (2009) التي اعترض عليها السائقون.", "2009")]
    public void ABracketedYearAfterANameBeforeAPhraseIsAYear(string text, string year) =>
        Assert.Equal(year, Find(text, year)?.Value);

    [Theory]
    [InlineData("تلقت الإدارة (1900) بلاغ في الأسبوع الماضي.", "1900")]
    [InlineData("نشرت الوزارة (2000) من الجنود على الحدود.", "2000")]
    public void ABracketedNumberBeforeACountedNounOrAPartIsNoYear(string text, string number) =>
        Assert.DoesNotContain(Times(text), t => t.Text.Contains(number, StringComparison.Ordinal));
}
