using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>A wire dateline «اليوم (الاثنين)» names the writer's day, which a later stamp (crawl, print) does not change.</summary>
public sealed class WritersDayTests
{
    // Tuesday 4 June 2024: the stamp of an article written on Monday the 3rd.
    private static readonly DateTimeOffset Tuesday = new(2024, 6, 4, 12, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<TimeExpression> Times(string text) =>
        new PipelineBuilder().UseTime().Build().Run(new Article { Id = "a1", Text = text, Published = Tuesday }).Get(TimeLayers.Times);

    [Fact]
    public void ADatelineWeekdayTheDayBeforeTheStampIsTheDayEveryDeicticDayCountsFrom()
    {
        var times = Times("قالت الشرطة إن مسلحين هاجموا حاجزا للجيش اليوم (الاثنين). ووقع الهجوم صباح اليوم بعد اشتباك أمس قرب القرية.");

        Assert.Equal("2024-06-03", Assert.Single(times, t => t.Text == "اليوم").Value);
        Assert.Equal("2024-06-03TMO", Assert.Single(times, t => t.Text == "صباح اليوم").Value);
        Assert.Equal("2024-06-02", Assert.Single(times, t => t.Text == "أمس").Value);
    }

    [Fact]
    public void ADatelineYesterdayWithItsWeekdayShowsTheWritersDayToo()
    {
        var times = Times("افتتح الوزير المعرض أمس (الأحد)، ويزور المصنع اليوم.");

        Assert.Equal("2024-06-02", Assert.Single(times, t => t.Text == "أمس").Value);
        Assert.Equal("2024-06-03", Assert.Single(times, t => t.Text == "اليوم").Value);
    }

    // Guard: the weekday written bare after «اليوم» (a match's or a forecast's, time README) leaves the stamp as today.
    [Fact]
    public void ABareWeekdayAfterTodayLeavesTheStampAsToday()
    {
        var times = Times("يلتقي الفريقان اليوم الاثنين بعد تعادلهما أمس.");

        Assert.Equal("2024-06-03", Assert.Single(times, t => t.Text == "أمس").Value);
    }

    // Guard: a dateline on the stamp's own day changes nothing.
    [Fact]
    public void ADatelineOnTheStampsOwnDayKeepsIt()
    {
        var times = Times("أعلنت الوزارة اليوم (الثلاثاء) أن الوفد وصل أمس.");

        Assert.Equal("2024-06-03", Assert.Single(times, t => t.Text == "أمس").Value);
    }
}
