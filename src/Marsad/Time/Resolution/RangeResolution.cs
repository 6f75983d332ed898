using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// A range «من … إلى/حتى …»: each end resolved, the start taking the end's year when it has none, a clock range that ends
/// earlier ending the next day, an end weekday never before the start; hours with no day are a daily schedule.
/// </summary>
internal static class RangeResolution
{
    public static Resolved? Of(DateRange range, DateOnly? anchor, List<string> flags)
    {
        // «من التاسعة صباحا حتى العاشرة مساء», «من الساعة 8 مساء حتى الساعة 5 صباحا»: hours of the day with no
        // day named are a daily schedule (opening hours, a curfew, a timetable), so they carry no date.
        if (range.From is ClockTime { Day: null } open1 && range.To is ClockTime { Day: null } close1)
            return new(TimexType.Time, $"T{open1.Hour:00}:{open1.Minute:00}/T{close1.Hour:00}:{close1.Minute:00}", TimeGranularity.Minute, null, flags);
        var to = TimeResolver.Resolve(range.To, anchor, flags);
        if (to is null) return null;
        // «من 14 يونيو إلى 15 يوليو 2018»: a start without a year takes the year written at the end (the
        // year before it when that would put the start after the end).
        if (range.From is CalendarDate { Year: null, Hijri: false, Month: not null } yearless && range.To is CalendarDate { Year: { } endYear, Hijri: false })
            range = range with { From = yearless with { Year = yearless.Month > ((CalendarDate)range.To).Month ? endYear - 1 : endYear } };
        var from = TimeResolver.Resolve(range.From, anchor, flags);
        // A start whose year was inferred takes the end's year, or the one before: «بين نوفمبر ومارس».
        if (from?.Date is { } start && to.Date is { } end && start > end && range.From is CalendarDate { Year: null, Hijri: false } open)
            from = TimeResolver.Resolve(open with { Year = end.Year }, anchor, flags) is { Date: { } s2 } sameYear && s2 <= end
                ? sameYear
                : TimeResolver.Resolve(open with { Year = end.Year - 1 }, anchor, flags);
        // A clock range that ends earlier than it starts ends the next day: «من 8 مساء حتى 5 صباحا».
        if (range.From is ClockTime && range.To is ClockTime { Day: null } endClock && from is not null
            && string.CompareOrdinal(to.Value, from.Value) < 0)
            to = TimeResolver.Resolve(endClock with { Day = new Shift(TimeUnit.Day, 1) }, anchor, flags) ?? to;
        // «من الأحد إلى الخميس»: the end weekday is the first one on or after the start, never before it.
        if (range.From is WeekdayRef && range.To is WeekdayRef toDay && anchor is { } weekAnchor
            && from?.Date is { } firstDay && to.Date is { } lastDay && lastDay < firstDay)
            to = Resolved.Day(firstDay.AddDays((toDay.IsoDay - IsoWeekday.Of(firstDay) + 7) % 7), weekAnchor, flags);
        if (from is null) return null;
        return new(to.Type, from.Value + "/" + to.Value, to.Granularity, to.Anchor ?? from.Anchor, flags.Distinct().ToList(), from.Date);
    }
}
