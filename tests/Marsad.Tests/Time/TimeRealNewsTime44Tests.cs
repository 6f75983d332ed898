using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// A convention written by time44 (src/Marsad/Time/README.md): a speed or a flow per hour («250 كيلومترا في الساعة») is a
/// SET, as «دولارين في اليوم» is; a clock reading after «الساعة» keeps it a time of day. Sentences the team wrote, read on
/// Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime44Tests
{
    [Theory]
    [InlineData("يسير القطار الجديد بسرعة 250 كيلومترا في الساعة بين المدينتين، وينطلق أول رحلاته في الساعة العاشرة صباحا.")]
    [InlineData("تستوعب الساحة الجديدة 90 ألف زائر في الساعة، وتفتح أبوابها للزوار في الساعة (10) صباحا.")]
    public void AnAmountPerHourIsASetWhileAClockReadingAfterTheHourIsATimeOfDay(string text)
    {
        var times = Times(text);
        var rate = Assert.Single(times, t => t.Text == "في الساعة");
        Assert.Equal(TimexType.Set, rate.Type);
        Assert.Equal("PT1H", rate.Value);
        Assert.Contains(times, t => t.Type == TimexType.Time && t.Value.EndsWith("T10:00", StringComparison.Ordinal));
    }
}
