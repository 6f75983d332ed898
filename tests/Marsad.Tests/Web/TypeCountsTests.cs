using Marsad.Api.Web;
using Marsad.Events;

namespace Marsad.Tests.Web;

public sealed class TypeCountsTests
{
    [Fact]
    public void ThreeWeeksAreChartedByDay()
    {
        var counts = TypeCounts.Of([("2015-07-21", PloverType.CONSULT, 2), ("2015-08-11", PloverType.CONSULT, 1), ("2015-08-11", PloverType.ACCUSE, 4)]);

        Assert.Equal(22, counts.Periods.Count);
        Assert.Equal("2015-07-21", counts.Periods[0]);
        Assert.Equal("2015-08-11", counts.Periods[^1]);
        Assert.Equal([PloverType.CONSULT, PloverType.ACCUSE], counts.Types);
        Assert.Equal(4, counts.Counts[("2015-08-11", PloverType.ACCUSE)]);
    }

    [Fact]
    public void HalfAYearIsChartedByWeekFromItsMonday()
    {
        var counts = TypeCounts.Of([("2015-07-21", PloverType.AID, 1), ("2015-07-26", PloverType.AID, 2), ("2016-01-10", PloverType.AID, 1)]);

        Assert.Equal("2015-07-20", counts.Periods[0]); // Monday of the week of 21 July 2015
        Assert.Equal("2016-01-04", counts.Periods[^1]);
        Assert.Equal(25, counts.Periods.Count);
        Assert.Equal(3, counts.Counts[("2015-07-20", PloverType.AID)]);
    }

    [Fact]
    public void EventsDatedCenturiesBackKeepTheChartWithinSixtyColumns()
    {
        var counts = TypeCounts.Of([("1917-11-02", PloverType.ASSAULT, 1), ("1979-02-11", PloverType.PROTEST, 3), ("2015-08-01", PloverType.CONSULT, 9)]);

        Assert.True(counts.Periods.Count <= TypeCounts.MaxColumns, $"{counts.Periods.Count} columns");
        Assert.Equal("1917–1918", counts.Periods[0]);
        Assert.Equal("2015–2016", counts.Periods[^1]);
        Assert.Equal(9, counts.Counts[("2015–2016", PloverType.CONSULT)]);
        Assert.Equal(3, counts.Counts[("1979–1980", PloverType.PROTEST)]);
    }
}
