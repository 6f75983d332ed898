using System.Globalization;
using Marsad.Events;

namespace Marsad.Api.Web;

/// <summary>
/// Event counts per PLOVER type and period for the events page's chart: days when the events span at most
/// <see cref="MaxDays"/> days, else months, else years, so the chart keeps a readable number of columns.
/// </summary>
public sealed record TypeCounts(IReadOnlyList<string> Periods, IReadOnlyList<PloverType> Types, IReadOnlyDictionary<(string Period, PloverType Type), int> Counts)
{
    public const int MaxDays = 45;
    public const int MaxMonths = 48;

    public int Max => Counts.Count == 0 ? 0 : Counts.Values.Max();

    public int Total(PloverType type) => Counts.Where(c => c.Key.Type == type).Sum(c => c.Value);

    public static TypeCounts Of(IReadOnlyList<(string Day, PloverType Type, int Count)> byDay)
    {
        var days = byDay.Select(c => DateOnly.TryParseExact(c.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .Where(d => d is not null).Select(d => d!.Value).ToList();
        Func<string, string> period = s => s;
        IEnumerable<string> periods = [];
        if (days.Count > 0)
        {
            DateOnly first = days.Min(), last = days.Max();
            if (last.DayNumber - first.DayNumber < MaxDays)
                periods = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(i => Day(first.AddDays(i)));
            else if ((last.Year - first.Year) * 12 + last.Month - first.Month < MaxMonths)
            {
                period = s => s[..7];
                var start = new DateOnly(first.Year, first.Month, 1);
                periods = Enumerable.Range(0, (last.Year - first.Year) * 12 + last.Month - first.Month + 1).Select(i => start.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture));
            }
            else
            {
                period = s => s[..4];
                periods = Enumerable.Range(first.Year, last.Year - first.Year + 1).Select(y => y.ToString(CultureInfo.InvariantCulture));
            }
        }
        var counts = new Dictionary<(string, PloverType), int>();
        foreach (var (day, type, count) in byDay)
        {
            if (day.Length < 10) continue;
            var key = (period(day), type);
            counts[key] = counts.GetValueOrDefault(key) + count;
        }
        var types = counts.Keys.Select(k => k.Item2).Distinct().Order().ToList();
        return new TypeCounts([.. periods], types, counts);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
