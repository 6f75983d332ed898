using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// Turns what an expression says into a TIMEX3 value against an anchor (the article's date), by the kind of meaning:
/// calendar dates, months and seasons (<see cref="CalendarResolution"/>), times counted from the anchor
/// (<see cref="ShiftResolution"/>), ranges (<see cref="RangeResolution"/>); the rest here. A weekday alone is the latest
/// one on or before the anchor.
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

    internal static Resolved? Resolve(TimeMeaning meaning, DateOnly? anchor, List<string> flags)
    {
        switch (meaning)
        {
            case CalendarDate d:
                return CalendarResolution.Of(d, anchor, flags);
            case LastDayOf last:
                return CalendarResolution.LastDay(last.Month, anchor, flags);
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
                return Resolved.Day(date, a0, flags);
            case Shift s:
                var shifted = ShiftResolution.From(s, anchor, flags);
                if (shifted?.Date is { } shiftedDay && s.Unit == TimeUnit.Day && s.Weekday is { } written && IsoWeekday.Of(shiftedDay) != written)
                {
                    // «اليوم الأحد» on a Tuesday's article: a news date is often the crawl or the next morning's print,
                    // later than the writer's day, while the weekday is what the writer wrote. So the day is the latest
                    // such weekday on or before the shifted one (at most six days back), still flagged as a mismatch.
                    flags.Add(TimeFlags.WeekdayMismatch);
                    return Resolved.Day(IsoWeekday.OnOrBefore(shiftedDay, written), shifted.Anchor, flags);
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
                return RangeResolution.Of(range, anchor, flags);
            case Modified m:
                {
                    var innerMeaning = CalendarResolution.ThisMonthsPartAhead(m, anchor) ?? m.Inner;
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
                return CalendarResolution.Season(season, anchor, flags);
            case HolidayRef holiday:
                return HolidayDates.Resolve(holiday, anchor, flags) is { } feast ? Resolved.Day(feast, holiday.Year is null ? anchor : null, flags) : null;
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
}
