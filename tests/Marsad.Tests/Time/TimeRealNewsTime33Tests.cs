using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// Classes the twenty-first real-news draw left after time32 (bench/time/realnews-sample-seed117.tsv); sentences the
/// team wrote, anchor Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime33Tests
{
    [Theory]
    [InlineData("تقام مباراتا الذهاب والإياب يومي 12 و19 من الشهر الجاري في جدة.", "2015-08-12", "2015-08-19")]
    [InlineData("يعقد المؤتمر جلستيه يومي 3 و5 سبتمبر المقبل في الرياض.", "2015-09-03", "2015-09-05")]
    public void TheDualOfDayBeforeTwoDaysNamesTwoDates(string text, string first, string second) =>
        Assert.Equal([first, second], Times(text).Select(t => t.Value));
}
