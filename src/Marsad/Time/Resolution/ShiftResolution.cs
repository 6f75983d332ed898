using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// A time counted from the anchor («قبل ثلاثة أيام», «الأسبوع المقبل», «العام الماضي») or from an event's date
/// («بعد شهر من إعلانه»), reported at the unit it is counted in.
/// </summary>
internal static class ShiftResolution
{
    public static Resolved? From(Shift s, DateOnly? anchor, List<string> flags)
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
                return Resolved.Day(a.AddDays((int)Math.Round(s.Amount)), a, flags);
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
                return Resolved.Day(a.AddDays((int)decimal.Truncate(hours / 24)), a, flags);
        }
    }

    /// <summary>An event date moved by an offset, reported at the offset's unit (days and weeks to the day).</summary>
    public static Resolved FromEvent(DurationMeaning offset, int sign, DateOnly eventDate, bool eventFound, List<string> flags)
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
