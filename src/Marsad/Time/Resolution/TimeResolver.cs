using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

internal sealed record Resolved(TimexType Type, string Value, TimeGranularity Granularity, DateOnly? Anchor, IReadOnlyList<string> Flags, DateOnly? Date = null);

/// <summary>
/// Turns what an expression says into a TIMEX3 value against an anchor (the article's date).
/// News reports the past: a date without a year takes the year that puts it nearest the anchor, counting days
/// after the anchor double; a weekday alone is the latest one on or before the anchor.
/// </summary>
internal static class TimeResolver
{
    /// <summary>Whether resolving failed because the time lies outside the calendar a date or an int of days can hold:
    /// DateOnly throws the first, a cast of «4.5 مليار» years the second.</summary>
    internal static bool OutsideCalendar(Exception e) => e is ArgumentOutOfRangeException or OverflowException;

    public static Resolved? Resolve(TimeMeaning meaning, DateOnly? anchor)
    {
        try
        {
            return Resolve(meaning, anchor, new List<string>());
        }
        catch (Exception e) when (TimeResolver.OutsideCalendar(e))
        {
            // «قبل خمسة آلاف عام» and the like fall outside DateOnly, «قبل 4.5 مليار سنة» outside an int of years:
            // recognized, but no calendar value.
            return null;
        }
    }

    private static Resolved? Resolve(TimeMeaning meaning, DateOnly? anchor, List<string> flags)
    {
        switch (meaning)
        {
            case CalendarDate d:
                return d.Hijri ? HijriDate(d, anchor, flags) : GregorianDate(d, anchor, flags);
            case LastDayOf last:
                return LastDay(last.Month, anchor, flags);
            case WeekdayRef w:
                if (anchor is not { } a0) return new(TimexType.Date, $"XXXX-WXX-{w.IsoDay}", TimeGranularity.Day, null, flags);
                var back = (IsoWeekday.Of(a0) - w.IsoDay + 7) % 7;
                var ahead = (w.IsoDay - IsoWeekday.Of(a0) + 7) % 7;
                var date = w.Direction switch
                {
                    1 => a0.AddDays(ahead == 0 ? 7 : ahead),
                    2 => a0.AddDays((ahead == 0 ? 7 : ahead) + 7),
                    -1 => a0.AddDays(-(back == 0 ? 7 : back)),
                    _ => a0.AddDays(-back),
                };
                return Day(date, a0, flags);
            case Shift s:
                var shifted = ShiftFrom(s, anchor, flags);
                if (shifted?.Date is { } shiftedDay && s.Unit == TimeUnit.Day && s.Weekday is { } written && IsoWeekday.Of(shiftedDay) != written)
                {
                    // «اليوم الأحد» on a Tuesday's article: a news date is often the crawl or the next morning's print,
                    // later than the writer's day, while the weekday is what the writer wrote. So the day is the latest
                    // such weekday on or before the shifted one (at most six days back), still flagged as a mismatch.
                    flags.Add(TimeFlags.WeekdayMismatch);
                    return Day(IsoWeekday.OnOrBefore(shiftedDay, written), shifted.Anchor, flags);
                }
                return shifted;
            case PartOfYear { LastReported: true } last:
                {
                    if (anchor is not { } a2) return null;
                    var index = a2.Year * 4 + (a2.Month - 1) / 3 - 1;
                    return new(TimexType.Date, $"{IsoFormat.Year(index / 4)}-{last.Kind}{index % 4 + 1}", TimeGranularity.Quarter, a2, flags);
                }
            case PartOfYear part:
                {
                    var year = Resolve(part.Year, anchor, flags);
                    if (year is null) return null;
                    return year with
                    {
                        Value = $"{year.Value}-{part.Kind}{part.Number}",
                        Granularity = part.Kind == 'Q' ? TimeGranularity.Quarter : TimeGranularity.HalfYear,
                    };
                }
            case DurationMeaning dur:
                return new(TimexType.Duration, IsoFormat.Duration(dur), TimeGranularity.Duration, null, flags);
            case ClockTime c:
                {
                    DateOnly? day = null;
                    DateOnly? used = anchor;
                    if (c.Day is not null)
                    {
                        var resolvedDay = Resolve(c.Day, anchor, flags);
                        day = resolvedDay?.Date;
                        used = resolvedDay?.Anchor;
                    }
                    else if (anchor is { } a1)
                    {
                        day = a1;
                        flags.Add(TimeFlags.DateFromAnchor);
                    }
                    var prefix = day is { } dd ? IsoFormat.Day(dd) : "XXXX-XX-XX";
                    return new(TimexType.Time, $"{prefix}T{c.Hour:00}:{c.Minute:00}", TimeGranularity.Minute, used, flags, day);
                }
            case PartOfDay p:
                {
                    var resolvedDay = Resolve(p.Day, anchor, flags);
                    if (resolvedDay?.Date is not { } day)
                        return new(TimexType.Time, "XXXX-XX-XXT" + p.Part, TimeGranularity.PartOfDay, resolvedDay?.Anchor, flags);
                    day = day.AddDays(p.DayShift);
                    return new(TimexType.Time, IsoFormat.Day(day) + "T" + p.Part, TimeGranularity.PartOfDay, resolvedDay.Anchor, flags, day);
                }
            case VagueRef v:
                return new(TimexType.Date, v.Value, TimeGranularity.Vague, null, flags);
            case Recurrence rec:
                return new(TimexType.Set, rec.Value, TimeGranularity.Set, null, flags);
            case DateRange range:
                {
                    // «من التاسعة صباحا حتى العاشرة مساء», «من الساعة 8 مساء حتى الساعة 5 صباحا»: hours of the day with no
                    // day named are a daily schedule (opening hours, a curfew, a timetable), so they carry no date.
                    if (range.From is ClockTime { Day: null } open1 && range.To is ClockTime { Day: null } close1)
                        return new(TimexType.Time, $"T{open1.Hour:00}:{open1.Minute:00}/T{close1.Hour:00}:{close1.Minute:00}", TimeGranularity.Minute, null, flags);
                    var to = Resolve(range.To, anchor, flags);
                    if (to is null) return null;
                    // «من 14 يونيو إلى 15 يوليو 2018»: a start without a year takes the year written at the end (the
                    // year before it when that would put the start after the end).
                    if (range.From is CalendarDate { Year: null, Hijri: false, Month: not null } yearless && range.To is CalendarDate { Year: { } endYear, Hijri: false })
                        range = range with { From = yearless with { Year = yearless.Month > ((CalendarDate)range.To).Month ? endYear - 1 : endYear } };
                    var from = Resolve(range.From, anchor, flags);
                    // A start whose year was inferred takes the end's year, or the one before: «بين نوفمبر ومارس».
                    if (from?.Date is { } start && to.Date is { } end && start > end && range.From is CalendarDate { Year: null, Hijri: false } open)
                        from = Resolve(open with { Year = end.Year }, anchor, flags) is { Date: { } s2 } sameYear && s2 <= end
                            ? sameYear
                            : Resolve(open with { Year = end.Year - 1 }, anchor, flags);
                    // A clock range that ends earlier than it starts ends the next day: «من 8 مساء حتى 5 صباحا».
                    if (range.From is ClockTime && range.To is ClockTime { Day: null } endClock && from is not null
                        && string.CompareOrdinal(to.Value, from.Value) < 0)
                        to = Resolve(endClock with { Day = new Shift(TimeUnit.Day, 1) }, anchor, flags) ?? to;
                    // «من الأحد إلى الخميس»: the end weekday is the first one on or after the start, never before it.
                    if (range.From is WeekdayRef && range.To is WeekdayRef toDay && anchor is { } weekAnchor
                        && from?.Date is { } firstDay && to.Date is { } lastDay && lastDay < firstDay)
                        to = Day(firstDay.AddDays((toDay.IsoDay - IsoWeekday.Of(firstDay) + 7) % 7), weekAnchor, flags);
                    if (from is null) return null;
                    return new(to.Type, from.Value + "/" + to.Value, to.Granularity, to.Anchor ?? from.Anchor, flags.Distinct().ToList(), from.Date);
                }
            case Modified m:
                {
                    var innerMeaning = ThisMonthsPartAhead(m, anchor) ?? m.Inner;
                    var inner = Resolve(innerMeaning, anchor, flags);
                    if (inner is null) return null;
                    // «بداية شهر رمضان»: a Hijri month straddles two Gregorian ones, so its start or end is the month of
                    // its first or last day (Ramadan 1436 began on 18 June), not of its middle.
                    if (innerMeaning is CalendarDate { Hijri: true, Month: not null, Day: null } hijriMonth && m.Mod is "START" or "END"
                        && Resolve(hijriMonth with { Day = m.Mod == "START" ? 1 : 29 }, anchor, []) is { Date: { } edge })
                        inner = inner with { Value = IsoFormat.Month(edge), Date = edge };
                    flags.Add(TimeFlags.Mod(m.Mod));
                    flags.Add(TimeFlags.Approximate);
                    return inner with { Flags = flags };
                }
            case SeasonRef season:
                return Season(season, anchor, flags);
            case HolidayRef holiday:
                return HolidayDates.Resolve(holiday, anchor, flags) is { } feast ? Day(feast, holiday.Year is null ? anchor : null, flags) : null;
            case CenturyRef c:
                return new(TimexType.Date, $"{c.Number - 1:00}", TimeGranularity.Century, null, flags);
            case DecadeRef dec:
                {
                    var year = anchor?.Year ?? 2000;
                    int century;
                    if (dec.CenturyShift is { } shift) century = year / 100 + shift;
                    else century = dec.Tens * 10 <= year % 100 ? year / 100 : year / 100 - 1;
                    return new(TimexType.Date, $"{century}{dec.Tens}", TimeGranularity.Decade, anchor, flags);
                }
            default:
                return null;
        }
    }

    /// <summary>
    /// A season's year. The current one is the season of the anchor's year (a winter begun last December while the anchor
    /// is in January or February); «الماضي» is the last one over before the anchor, «المقبل» the next one not yet begun.
    /// </summary>
    private static Resolved Season(SeasonRef s, DateOnly? anchor, List<string> flags)
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

    private static Resolved Day(DateOnly date, DateOnly? anchor, List<string> flags) =>
        new(TimexType.Date, IsoFormat.Day(date), TimeGranularity.Day, anchor, flags, date);

    /// <summary>
    /// «نهاية شهر شوال المقبل» written in Shawwal while its end is still to come is this month's end, as «مطلع يوليو الماضي»
    /// written late in July is this month's start: a part of the anchor's own month on the side of the anchor its
    /// direction names is in this month, not a year away. Null when the month is not the anchor's or the part is not
    /// on that side.
    /// </summary>
    private static CalendarDate? ThisMonthsPartAhead(Modified m, DateOnly? anchor)
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
    private static Resolved? LastDay(CalendarDate month, DateOnly? anchor, List<string> flags)
    {
        if (Resolve(month with { Day = 28 }, anchor, flags) is not { Date: { } day } resolved) return null;
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
            return SafeDate(month0.Year, month0.Month, dayOfShiftedMonth) is { } inMonth ? Day(inMonth, am, flags) : null;
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
        return Day(date, usedAnchor, flags);
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
        return Day(date, usedAnchor, flags);
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
    internal static double Distance(DateOnly date, DateOnly anchor)
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

    private static Resolved? ShiftFrom(Shift s, DateOnly? anchor, List<string> flags)
    {
        if (anchor is not { } a)
        {
            // Recognized but not placeable: keep it, with the unknown parts as X (TIMEX3 style).
            var (unknown, granularity) = s.Unit switch
            {
                TimeUnit.Week => ("XXXX-WXX", TimeGranularity.Week),
                TimeUnit.Month => ("XXXX-XX", TimeGranularity.Month),
                TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century => ("XXXX", TimeGranularity.Year),
                _ => ("XXXX-XX-XX", TimeGranularity.Day),
            };
            return new(TimexType.Date, unknown, granularity, null, flags);
        }
        var whole = decimal.Truncate(s.Amount) == s.Amount;
        if (!whole) flags.Add(TimeFlags.Approximate);
        var n = (int)decimal.Truncate(s.Amount);
        switch (s.Unit)
        {
            case TimeUnit.Day:
                return Day(a.AddDays((int)Math.Round(s.Amount)), a, flags);
            case TimeUnit.Week:
                {
                    // The Saudi and Gulf week runs Sunday to Saturday, so a Sunday's «الأسبوع الجاري» is mostly the ISO week
                    // that begins the next day (2 August 2015: the week of the 6th, W32, not W31 ending that Sunday).
                    var weekBase = a.DayOfWeek == DayOfWeek.Sunday ? a.AddDays(1) : a;
                    var d = weekBase.AddDays((int)Math.Round(s.Amount * 7));
                    return new(TimexType.Date, IsoFormat.Week(d), TimeGranularity.Week, a, flags, d);
                }
            case TimeUnit.Month:
                {
                    var d = whole ? a.AddMonths(n) : a.AddDays((int)Math.Round(s.Amount * 30));
                    return new(TimexType.Date, IsoFormat.Month(d), TimeGranularity.Month, a, flags, d);
                }
            case TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century:
                {
                    var factor = s.Unit == TimeUnit.Year ? 1 : s.Unit == TimeUnit.Decade ? 10 : 100;
                    var d = whole ? a.AddYears(n * factor) : a.AddDays((int)Math.Round(s.Amount * factor * 365));
                    return new(TimexType.Date, IsoFormat.Year(d.Year), TimeGranularity.Year, a, flags, d);
                }
            default:
                // Hours and minutes ago: the anchor is a date, so whole days are all it can tell (48 ساعة = 2 days).
                flags.Add(TimeFlags.Approximate);
                var hours = s.Unit switch { TimeUnit.Hour => s.Amount, TimeUnit.Minute => s.Amount / 60, _ => s.Amount / 3600 };
                return Day(a.AddDays((int)decimal.Truncate(hours / 24)), a, flags);
        }
    }

    /// <summary>An event date moved by an offset, reported at the offset's unit (days and weeks to the day).</summary>
    public static Resolved EventShift(DurationMeaning offset, int sign, DateOnly eventDate, bool eventFound, List<string> flags)
    {
        flags.Add(TimeFlags.EventRelative);
        var amount = (offset.Amount ?? 0) * sign;
        var whole = decimal.Truncate(amount) == amount;
        if (!eventFound || !whole) flags.Add(TimeFlags.Approximate);
        // Without the event's date the article's date is the best estimate of "X after the event": the
        // sentence reports it as news. Month granularity keeps that honest.
        var target = !eventFound ? eventDate : offset.Unit switch
        {
            TimeUnit.Day => eventDate.AddDays((int)Math.Round(amount)),
            TimeUnit.Week => eventDate.AddDays((int)Math.Round(amount * 7)),
            TimeUnit.Month => whole ? eventDate.AddMonths((int)amount) : eventDate.AddDays((int)Math.Round(amount * 30)),
            TimeUnit.Year => whole ? eventDate.AddYears((int)amount) : eventDate.AddDays((int)Math.Round(amount * 365)),
            TimeUnit.Decade => eventDate.AddYears((int)Math.Round(amount * 10)),
            TimeUnit.Century => eventDate.AddYears((int)Math.Round(amount * 100)),
            _ => eventDate,
        };
        return offset.Unit switch
        {
            TimeUnit.Day or TimeUnit.Week when eventFound => new(TimexType.Date, IsoFormat.Day(target), TimeGranularity.Day, eventDate, flags, target),
            TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century => new(TimexType.Date, IsoFormat.Year(target.Year), TimeGranularity.Year, eventDate, flags, target),
            _ => new(TimexType.Date, IsoFormat.Month(target), TimeGranularity.Month, eventDate, flags, target),
        };
    }
}
