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

    /// <summary>The last Hijri year of Umm al-Qura's range (2077 AD): a larger year by a Hijri month is a Gregorian one.</summary>
    public const int LastYear = 1500;

    /// <summary>
    /// The Hijri year whose <paramref name="month"/> has its 15th day in Gregorian <paramref name="gregorianYear"/>
    /// (the first such, as a Hijri month falls twice in a Gregorian year only once in 33 years).
    /// </summary>
    public static int? YearOfMonthIn(int gregorianYear, int month)
    {
        if (gregorianYear is < 1 or > 9998) return null;
        var first = HijriYear(new DateOnly(gregorianYear, 1, 1));
        foreach (var candidate in new[] { first, first + 1 })
            if (ToGregorian(candidate, month, 15) is { } mid && mid.Year == gregorianYear) return candidate;
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
