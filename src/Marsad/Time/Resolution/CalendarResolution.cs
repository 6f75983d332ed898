using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// Calendar dates, months, seasons and a month's last day against the anchor: a date without a year takes the year that
/// puts it nearest the anchor, counting days after the anchor double (news reports the past); Hijri dates through the
/// Umm al-Qura tables (<see cref="HijriDates"/>).
/// </summary>
internal static class CalendarResolution
{
    public static Resolved? Of(CalendarDate d, DateOnly? anchor, List<string> flags)
    {
        if (d is { MaybeHijri: true, Hijri: false, Year: { } year })
        {
            // Saudi and Gulf news writes this year's Hijri number bare («الاستعداد لموسم حج 1436»، «ميزانية عام 1437»);
            // a year that far back in the Gregorian calendar is history, and read as such only after a year word.
            if (NearHijriYear(year, anchor)) return HijriDate(d with { Hijri = true }, anchor, flags);
            if (d.OnlyIfHijri) return null;
        }
        return d.Hijri ? HijriDate(d, anchor, flags) : GregorianDate(d, anchor, flags);
    }

    /// <summary>How many Hijri years from the anchor's a bare year in the Hijri range is read as Hijri.</summary>
    private const int HijriYearReach = 10;

    private static bool NearHijriYear(int year, DateOnly? anchor) =>
        anchor is { } a && Math.Abs(year - HijriDates.HijriYear(a)) <= HijriYearReach;

    /// <summary>
    /// A season's year. The current one is the season of the anchor's year (a winter begun last December while the anchor
    /// is in January or February); «الماضي» is the last one over before the anchor, «المقبل» the next one not yet begun.
    /// </summary>
    public static Resolved Season(SeasonRef s, DateOnly? anchor, List<string> flags)
    {
        int year;
        if (s.Year is { } written) year = written;
        else if (anchor is not { } a) return new(TimexType.Date, "XXXX-" + s.Code, TimeGranularity.Quarter, null, flags);
        else
        {
            var current = s.StartMonth == 12 && a.Month <= 2 ? a.Year - 1 : a.Year;
            var start = new DateOnly(current, s.StartMonth, 1);
            var end = start.AddMonths(3);
            year = (s.Direction, s.YearShift) switch
            {
                (_, { } shift) => a.Year + shift,
                (-1, _) => a < end ? current - 1 : current,
                (1, _) => a >= start ? current + 1 : current,
                _ => current,
            };
        }
        return new(TimexType.Date, $"{year:0000}-{s.Code}", TimeGranularity.Quarter, anchor, flags);
    }

    /// <summary>
    /// «نهاية شهر شوال المقبل» written in Shawwal while its end is still to come is this month's end, as «مطلع يوليو الماضي»
    /// written late in July is this month's start: a part of the anchor's own month on the side of the anchor its
    /// direction names is in this month, not a year away. Null when the month is not the anchor's or the part is not
    /// on that side.
    /// </summary>
    public static CalendarDate? ThisMonthsPartAhead(Modified m, DateOnly? anchor)
    {
        if (m.Inner is not CalendarDate { MonthDirection: 1 or -1, Day: null, Year: null, Month: { } month } toward || anchor is not { } a) return null;
        var thisMonth = toward.Hijri ? HijriDates.HijriYearMonth(a) : (a.Year, a.Month);
        if (month != thisMonth.Month) return null;
        var day = m.Mod switch { "START" => 1, "MID" => 15, "END" => toward.Hijri ? 29 : 28, _ => 0 };
        if (day == 0) return null;
        var part = toward.Hijri ? HijriDates.ToGregorian(thisMonth.Year, month, day) : new DateOnly(a.Year, month, day);
        return toward.MonthDirection == 1 ? part > a ? toward with { MonthDirection = 0 } : null
            : part < a ? toward with { MonthDirection = 0 } : null;
    }

    // The month's 28th (a day every month has, in either calendar), then on while the next day is of the same month.
    public static Resolved? LastDay(CalendarDate month, DateOnly? anchor, List<string> flags)
    {
        if (Of(month with { Day = 28 }, anchor, flags) is not { Date: { } day } resolved) return null;
        while (SameMonth(day, day.AddDays(1), month.Hijri)) day = day.AddDays(1);
        return resolved with { Value = IsoFormat.Day(day), Date = day };
    }

    private static bool SameMonth(DateOnly a, DateOnly b, bool hijri) =>
        hijri ? HijriDates.HijriYearMonth(a) == HijriDates.HijriYearMonth(b) : a.Month == b.Month;

    private static Resolved? GregorianDate(CalendarDate d, DateOnly? anchor, List<string> flags)
    {
        int? year = d.Year;
        if (year is null && d.YearShift is { } shift && anchor is { } a) year = a.Year + shift;
        var usedAnchor = d.Year is null ? anchor : null;
        if (d.Month is null && d.MonthShift is { } monthShift && d.Day is { } dayOfShiftedMonth)
        {
            if (anchor is not { } am) return new(TimexType.Date, $"XXXX-XX-{dayOfShiftedMonth:00}", TimeGranularity.Day, null, flags);
            var month0 = am.AddMonths(monthShift);
            return SafeDate(month0.Year, month0.Month, dayOfShiftedMonth) is { } inMonth ? Resolved.Day(inMonth, am, flags) : null;
        }
        if (d.Month is not { } month)
            return year is { } y ? new(TimexType.Date, IsoFormat.Year(y), TimeGranularity.Year, usedAnchor, flags) : null;
        if (year is null && d.MonthDirection is { } direction && anchor is { } a2)
        {
            year = direction switch
            {
                // With a day, «المقبل» is the first such date after the anchor and «الماضي» the last before it: «حتى
                // السادس من أغسطس المقبل» on 1 August is five days on, not a year.
                -1 => month < a2.Month || month == a2.Month && d.Day < a2.Day ? a2.Year : a2.Year - 1,
                1 => month > a2.Month || month == a2.Month && d.Day > a2.Day ? a2.Year : a2.Year + 1,
                CalendarDate.ThisOrNext => month >= a2.Month ? a2.Year : a2.Year + 1,
                _ => a2.Year,
            };
        }
        if (year is null && anchor is { } a3)
        {
            year = NearestYear(a3, y => d.Day is { } day ? SafeDate(y, month, day) : new DateOnly(y, month, 1),
                d.Day is null, d.Weekday, d.NotAfterAnchor);
            if (year is not null && d.YearShift is null && d.MonthDirection is null) flags.Add(TimeFlags.YearInferred);
        }
        if (d.Day is not { } dayOfMonth)
            return new(TimexType.Date, year is { } ym ? $"{ym:0000}-{month:00}" : $"XXXX-{month:00}", TimeGranularity.Month, usedAnchor, flags,
                year is { } yy ? new DateOnly(yy, month, 1) : null);
        if (year is null)
            return new(TimexType.Date, $"XXXX-{month:00}-{dayOfMonth:00}", TimeGranularity.Day, null, flags);
        if (SafeDate(year.Value, month, dayOfMonth) is not { } date) return null;
        CheckWeekday(date, d.Weekday, flags);
        return Resolved.Day(date, usedAnchor, flags);
    }

    private static Resolved? HijriDate(CalendarDate d, DateOnly? anchor, List<string> flags)
    {
        flags.Add(TimeFlags.Hijri);
        int? year = d.Year;
        if (year is null && d.YearShift is { } shift && anchor is { } a) year = HijriDates.HijriYear(a) + shift;
        var usedAnchor = d.Year is null ? anchor : null;
        // «رمضان 2015»: a year past the Hijri calendar's news range is a Gregorian one, the month its occurrence in it.
        if (d.Month is { } named && year is { } written && written > HijriDates.LastYear)
        {
            if (HijriDates.YearOfMonthIn(written, named) is not { } inYear) return null;
            year = inYear;
            flags.Add(TimeFlags.GregorianYear);
        }
        if (d.Month is not { } month)
        {
            if (year is not { } y || HijriDates.ToGregorian(y, 1, 1) is not { } start) return null;
            flags.Add(TimeFlags.Approximate);
            return new(TimexType.Date, IsoFormat.Year(start.AddDays(177).Year), TimeGranularity.Year, usedAnchor, flags);
        }
        if (year is null && d.MonthDirection is { } direction && anchor is { } ad)
        {
            var (ay, am) = HijriDates.HijriYearMonth(ad);
            year = direction switch
            {
                -1 => month < am || month == am && d.Day is { } before && HijriDates.ToGregorian(ay, month, before) < ad ? ay : ay - 1,
                1 => month > am || month == am && d.Day is { } after && HijriDates.ToGregorian(ay, month, after) > ad ? ay : ay + 1,
                CalendarDate.ThisOrNext => month >= am ? ay : ay + 1,
                _ => ay,
            };
        }
        if (year is null && anchor is { } a2)
        {
            var hy = HijriDates.HijriYear(a2);
            DateOnly? best = null;
            foreach (var candidate in new[] { hy - 1, hy, hy + 1 })
            {
                if (HijriDates.ToGregorian(candidate, month, d.Day ?? 1) is not { } g || (d.NotAfterAnchor && g > a2)) continue;
                if (best is null || Distance(g, a2) < Distance(best.Value, a2)) { best = g; year = candidate; }
            }
            flags.Add(TimeFlags.YearInferred);
        }
        if (year is null) return null;
        if (d.Day is not { } day)
        {
            if (HijriDates.ToGregorian(year.Value, month, 1) is not { } first) return null;
            flags.Add(TimeFlags.Approximate);
            var mid = first.AddDays(14);
            return new(TimexType.Date, IsoFormat.Month(mid), TimeGranularity.Month, usedAnchor, flags, mid);
        }
        if (HijriDates.ToGregorian(year.Value, month, day) is not { } date) return null;
        CheckWeekday(date, d.Weekday, flags);
        return Resolved.Day(date, usedAnchor, flags);
    }

    /// <summary>Of the anchor's year and the ones either side, the one placing the date nearest the anchor (future counts double).</summary>
    private static int? NearestYear(DateOnly anchor, Func<int, DateOnly?> dateIn, bool monthOnly, int? weekday, bool notAfter)
    {
        if (notAfter)
        {
            // منذ مايو: the latest May that has begun by the anchor.
            foreach (var y in new[] { anchor.Year, anchor.Year - 1 })
                if (dateIn(y) is { } d && (monthOnly ? d.Year * 12 + d.Month <= anchor.Year * 12 + anchor.Month : d <= anchor)
                    && (weekday is null || IsoWeekday.Of(d) == weekday))
                    return y;
        }
        int? best = null;
        var bestDistance = double.MaxValue;
        if (weekday is not null && NearestWithinHalfAYear(anchor, dateIn) is { } near) return near;
        var weekdayMatched = false;
        foreach (var y in new[] { anchor.Year - 1, anchor.Year, anchor.Year + 1 })
        {
            if (dateIn(y) is not { } date) continue;
            var distance = monthOnly ? MonthDistance(date, anchor) : Distance(date, anchor);
            var matches = weekday is { } wd && IsoWeekday.Of(date) == wd;
            // A weekday that agrees with one candidate year confirms it over a nearer one that disagrees.
            if (weekday is not null && matches != weekdayMatched)
            {
                if (!matches) continue;
                weekdayMatched = true;
                best = y; bestDistance = distance;
                continue;
            }
            if (distance < bestDistance) { best = y; bestDistance = distance; }
        }
        return best;
    }

    /// <summary>
    /// «الخميس 31 يوليو» in an article of August 2015 (31 July 2015 was a Friday): a date within half a year of the
    /// anchor is the one the writer means and the weekday the slip (it is flagged), as a wrong weekday is a common
    /// typo and a year-old date written without its year is not; only farther off may a matching weekday pick the year.
    /// </summary>
    private static int? NearestWithinHalfAYear(DateOnly anchor, Func<int, DateOnly?> dateIn)
    {
        int? best = null;
        var bestDistance = double.MaxValue;
        foreach (var y in new[] { anchor.Year - 1, anchor.Year, anchor.Year + 1 })
            if (dateIn(y) is { } date && Distance(date, anchor) < bestDistance) { best = y; bestDistance = Distance(date, anchor); }
        return best is { } year && Math.Abs(dateIn(year)!.Value.DayNumber - anchor.DayNumber) <= HalfAYear ? year : null;
    }

    private const int HalfAYear = 183;

    /// <summary>How far a date without a written year lies from the anchor: days after it count double (news reports the past).</summary>
    public static double Distance(DateOnly date, DateOnly anchor)
    {
        var days = date.DayNumber - anchor.DayNumber;
        return days > 0 ? days * 2.0 : -days;
    }

    private static double MonthDistance(DateOnly monthStart, DateOnly anchor)
    {
        var months = (monthStart.Year - anchor.Year) * 12 + monthStart.Month - anchor.Month;
        return months > 0 ? months * 2.0 : -months;
    }

    private static DateOnly? SafeDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static void CheckWeekday(DateOnly date, int? weekday, List<string> flags)
    {
        if (weekday is { } wd && IsoWeekday.Of(date) != wd) flags.Add(TimeFlags.WeekdayMismatch);
    }
}
