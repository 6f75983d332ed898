using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// The Gregorian day of a holiday reference: its rule (a day of a Hijri or Gregorian month) applied in the year the
/// text gives, or in the year around the anchor that the direction picks; with no direction the occurrence nearest
/// the anchor, days after it counting double as for any date without a year (news reports the past).
/// </summary>
internal static class HolidayDates
{
    public static DateOnly? Resolve(HolidayRef h, DateOnly? anchor, List<string> flags) =>
        First(h, anchor, flags)?.AddDays(h.DayOffset);

    /// <summary>The feast's first day; of a name with two rules («العيد»), the one the direction picks or the nearer.</summary>
    private static DateOnly? First(HolidayRef h, DateOnly? anchor, List<string> flags)
    {
        if (h.Name.Other is { } other)
        {
            var days = new[] { h.Name with { Other = null }, h.Name with { Month = other.Month, Day = other.Day, Other = null } }
                .Select(name => First(h with { Name = name }, anchor, flags)).OfType<DateOnly>().ToList();
            if (days.Count == 0) return null;
            if (anchor is not { } at) return days.Min();
            return h.Direction switch
            {
                -1 => days.Where(d => d < at).Cast<DateOnly?>().Max(),
                1 => days.Where(d => d > at).Cast<DateOnly?>().Min(),
                _ => days.MinBy(d => CalendarResolution.Distance(d, at)),
            };
        }
        if (h.Name.Hijri && !flags.Contains(TimeFlags.Hijri)) flags.Add(TimeFlags.Hijri);
        if (h.Year is { } written) return InYear(h, written, h.YearHijri);
        if (anchor is not { } a) return null;
        if (h.YearShift is { } shift)
            return h.Name.Hijri ? InYear(h, HijriDates.HijriYear(a) + shift, hijriYear: true) : InYear(h, a.Year + shift, hijriYear: false);
        var around = h.Name.Hijri ? HijriDates.HijriYear(a) : a.Year;
        var candidates = new[] { around - 1, around, around + 1 }
            .Select(y => InYear(h, y, h.Name.Hijri)).OfType<DateOnly>().ToList();
        if (candidates.Count == 0) return null;
        if (!flags.Contains(TimeFlags.YearInferred)) flags.Add(TimeFlags.YearInferred);
        return h.Direction switch
        {
            -1 => candidates.Where(d => d < a).Cast<DateOnly?>().LastOrDefault(),
            1 => candidates.Where(d => d > a).Cast<DateOnly?>().FirstOrDefault(),
            _ => candidates.MinBy(d => CalendarResolution.Distance(d, a)),
        };
    }

    /// <summary>The holiday in a year written in either calendar: a Hijri holiday in a Gregorian year is the one falling in it.</summary>
    private static DateOnly? InYear(HolidayRef h, int year, bool hijriYear)
    {
        if (h.Name.Hijri == hijriYear)
            return h.Name.Hijri ? HijriDates.ToGregorian(year, h.Name.Month, h.Name.Day)
                : year is >= 1 and <= 9999 && h.Name.Day <= DateTime.DaysInMonth(year, h.Name.Month) ? new DateOnly(year, h.Name.Month, h.Name.Day) : null;
        if (h.Name.Hijri)
        {
            // Gregorian year, Hijri rule: the Hijri years overlapping it, the occurrence inside it.
            if (year is < 600 or > 2500) return null;
            var first = HijriDates.HijriYear(new DateOnly(year, 1, 1));
            return new[] { first, first + 1 }.Select(y => HijriDates.ToGregorian(y, h.Name.Month, h.Name.Day))
                .FirstOrDefault(d => d?.Year == year);
        }
        // Hijri year, Gregorian rule: the occurrence inside that Hijri year.
        if (HijriDates.ToGregorian(year, 1, 1) is not { } start) return null;
        foreach (var y in new[] { start.Year, start.Year + 1 })
        {
            if (h.Name.Day > DateTime.DaysInMonth(y, h.Name.Month)) continue;
            var d = new DateOnly(y, h.Name.Month, h.Name.Day);
            if (HijriDates.HijriYear(d) == year) return d;
        }
        return null;
    }
}
