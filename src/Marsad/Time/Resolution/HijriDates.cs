using System.Globalization;

namespace Marsad.Time.Resolution;

/// <summary>
/// Hijri to Gregorian with .NET's calendars: Umm al-Qura (the Saudi civil calendar news uses) inside its range,
/// 1318–1500 AH, the tabular HijriCalendar outside it.
/// </summary>
internal static class HijriDates
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Tabular = new();

    public static DateOnly? ToGregorian(int year, int month, int day)
    {
        foreach (Calendar calendar in new Calendar[] { UmAlQura, Tabular })
        {
            try
            {
                if (year < calendar.GetYear(calendar.MinSupportedDateTime) || year > calendar.GetYear(calendar.MaxSupportedDateTime)) continue;
                var clamped = Math.Min(day, calendar.GetDaysInMonth(year, month));
                if (clamped != day) return null;
                return DateOnly.FromDateTime(calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
            }
            catch (ArgumentOutOfRangeException)
            {
                // Outside this calendar's supported dates: try the next one.
            }
        }
        return null;
    }

    public static (int Year, int Month) HijriYearMonth(DateOnly gregorian)
    {
        var dt = gregorian.ToDateTime(TimeOnly.MinValue);
        Calendar calendar = dt >= UmAlQura.MinSupportedDateTime && dt <= UmAlQura.MaxSupportedDateTime ? UmAlQura : Tabular;
        return (calendar.GetYear(dt), calendar.GetMonth(dt));
    }

    public static int HijriYear(DateOnly gregorian)
    {
        var dt = gregorian.ToDateTime(TimeOnly.MinValue);
        return dt >= UmAlQura.MinSupportedDateTime && dt <= UmAlQura.MaxSupportedDateTime ? UmAlQura.GetYear(dt) : Tabular.GetYear(dt);
    }
}
