using System.Globalization;
using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>ISO-8601 / TIMEX3 spellings of values.</summary>
internal static class IsoFormat
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>2015; a year before the era (held as a negative year) as TIMEX3 writes it, BC0586.</summary>
    public static string Year(int year) =>
        year < 0 ? "BC" + (-year).ToString("0000", CultureInfo.InvariantCulture) : year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}";
    }

    public static string Number(decimal n) => n.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// P2D, P1.5M, PT24H, P20Y (a decade is ten years); PXD when the amount is vague; a compound length writes each
    /// unit in turn (P1Y7M, P1DT3H).
    /// </summary>
    public static string Duration(DurationMeaning d)
    {
        var parts = new List<DurationMeaning>();
        for (var p = d; p is not null; p = p.And) parts.Add(p);
        var clock = string.Concat(parts.Where(p => IsClock(p.Unit)).Select(Part));
        return "P" + string.Concat(parts.Where(p => !IsClock(p.Unit)).Select(Part)) + (clock.Length > 0 ? "T" + clock : "");
    }

    private static bool IsClock(TimeUnit unit) => unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second;

    private static string Part(DurationMeaning d)
    {
        var (designator, factor) = d.Unit switch
        {
            TimeUnit.Year => ("Y", 1),
            TimeUnit.Decade => ("Y", 10),
            TimeUnit.Century => ("Y", 100),
            TimeUnit.Month => ("M", 1),
            TimeUnit.Week => ("W", 1),
            TimeUnit.Day => ("D", 1),
            TimeUnit.Hour => ("H", 1),
            TimeUnit.Minute => ("M", 1),
            _ => ("S", 1),
        };
        return (d.Amount is { } a ? Number(a * factor) : "X") + designator;
    }
}
