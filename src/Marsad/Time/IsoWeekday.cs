namespace Marsad.Time;

/// <summary>
/// Weekdays numbered as ISO 8601 does (Monday 1 … Sunday 7), the numbering of the weekday words in the time lexicon and of
/// TIMEX3's «XXXX-WXX-N». One place for the arithmetic the time step and the events step (an observance's day) both do.
/// </summary>
internal static class IsoWeekday
{
    /// <summary>The ISO weekday of <paramref name="date"/>.</summary>
    public static int Of(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    /// <summary>The latest day on or before <paramref name="date"/> that falls on ISO weekday <paramref name="isoDay"/>:
    /// a bare weekday in a report is the most recent one.</summary>
    public static DateOnly OnOrBefore(DateOnly date, int isoDay) => date.AddDays(-((Of(date) - isoDay + 7) % 7));
}
