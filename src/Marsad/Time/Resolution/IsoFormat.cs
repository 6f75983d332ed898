using System.Globalization;
using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>ISO-8601 / TIMEX3 spellings of values.</summary>
internal static class IsoFormat
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}";
    }

    public static string Number(decimal n) => n.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>P2D, P1.5M, PT24H, P20Y (a decade is ten years); PXD when the amount is vague.</summary>
    public static string Duration(DurationMeaning d)
    {
        var (designator, factor, clock) = d.Unit switch
        {
            TimeUnit.Year => ("Y", 1, false),
            TimeUnit.Decade => ("Y", 10, false),
            TimeUnit.Century => ("Y", 100, false),
            TimeUnit.Month => ("M", 1, false),
            TimeUnit.Week => ("W", 1, false),
            TimeUnit.Day => ("D", 1, false),
            TimeUnit.Hour => ("H", 1, true),
            TimeUnit.Minute => ("M", 1, true),
            _ => ("S", 1, true),
        };
        var amount = d.Amount is { } a ? Number(a * factor) : "X";
        return (clock ? "PT" : "P") + amount + designator;
    }
}
