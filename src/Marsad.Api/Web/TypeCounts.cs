using System.Globalization;
using Marsad.Events;

namespace Marsad.Api.Web;

/// <summary>
/// Event counts per PLOVER type and period for the events page's chart. The period is the finest of day, week (labelled
/// by its Monday), month and year that keeps the events' whole span within <see cref="MaxColumns"/> columns; past
/// <see cref="MaxColumns"/> years, spans of several years. Event dates reach centuries back («منذ عام 1979»), and a column
/// per year of such a span made megabytes of SVG.
/// </summary>
public sealed record TypeCounts(IReadOnlyList<string> Periods, IReadOnlyList<PloverType> Types, IReadOnlyDictionary<(string Period, PloverType Type), int> Counts)
{
    public const int MaxColumns = 60;

    public int Max => Counts.Count == 0 ? 0 : Counts.Values.Max();

    public int Total(PloverType type) => Counts.Where(c => c.Key.Type == type).Sum(c => c.Value);

    public static TypeCounts Of(IReadOnlyList<(string Day, PloverType Type, int Count)> byDay)
    {
        var dated = byDay.Select(c => (Date: Parse(c.Day), c.Type, c.Count)).Where(c => c.Date is not null).Select(c => (Date: c.Date!.Value, c.Type, c.Count)).ToList();
        if (dated.Count == 0) return new TypeCounts([], [], new Dictionary<(string, PloverType), int>());
        DateOnly first = dated.Min(c => c.Date), last = dated.Max(c => c.Date);
        var bucket = Bucket.For(first, last);
        var periods = new List<string>();
        var end = bucket.Start(last);
        for (var start = bucket.Start(first); ; start = bucket.Next(start))
        {
            periods.Add(bucket.Label(start));
            if (start >= end) break;
        }
        var counts = new Dictionary<(string, PloverType), int>();
        foreach (var (date, type, count) in dated)
        {
            var key = (bucket.Label(bucket.Start(date)), type);
            counts[key] = counts.GetValueOrDefault(key) + count;
        }
        return new TypeCounts(periods, [.. counts.Keys.Select(k => k.Item2).Distinct().Order()], counts);
    }

    private static DateOnly? Parse(string day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>One column's width: days, weeks, months or a number of years.</summary>
    private sealed record Bucket(string Unit, int Years)
    {
        public static Bucket For(DateOnly first, DateOnly last)
        {
            var days = last.DayNumber - first.DayNumber + 1;
            if (days <= MaxColumns) return new("day", 0);
            if (days / 7 + 2 <= MaxColumns) return new("week", 0);
            if ((last.Year - first.Year) * 12 + last.Month - first.Month + 1 <= MaxColumns) return new("month", 0);
            return new("year", (last.Year - first.Year + 1 + MaxColumns - 2) / (MaxColumns - 1));
        }

        public DateOnly Start(DateOnly d) => Unit switch
        {
            "day" => d,
            "week" => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)),
            "month" => new DateOnly(d.Year, d.Month, 1),
            _ => new DateOnly(d.Year - (d.Year - 1) % Years, 1, 1),
        };

        public DateOnly Next(DateOnly start) => Unit switch
        {
            "day" => start.AddDays(1),
            "week" => start.AddDays(7),
            "month" => start.AddMonths(1),
            _ => start.AddYears(Years),
        };

        public string Label(DateOnly start) => Unit switch
        {
            "day" or "week" => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "month" => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ when Years == 1 => start.ToString("yyyy", CultureInfo.InvariantCulture),
            _ => string.Create(CultureInfo.InvariantCulture, $"{start.Year}–{start.Year + Years - 1}"),
        };
    }
}
