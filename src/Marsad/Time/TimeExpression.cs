using Marsad.Documents;

namespace Marsad.Time;

/// <summary>
/// A time expression found in an article, normalized TIMEX3-style.
/// <see cref="Value"/> is ISO-8601 at <see cref="Granularity"/> (2022-09-12, 2022-09, 2022-W37, PT24H, P1.5M,
/// 2014/2018 for a range, XXXX-09-07 when no anchor gave the year, PAST_REF for vague references).
/// <see cref="Anchor"/> is the date it was resolved against (the article's date, or an event's date for
/// «بعد شهر ونصف من إعلانه»); null when the expression did not need one.
/// </summary>
public sealed record TimeExpression(
    TextSpan Span,
    string Text,
    TimexType Type,
    string Value,
    TimeGranularity Granularity,
    DateOnly? Anchor,
    string Rule,
    IReadOnlyList<string> Flags)
{
    public bool Has(string flag) => Flags.Contains(flag);

    /// <summary>For an event-relative expression, the event it counts from and the offset; null otherwise.</summary>
    public EventOffset? Event { get; init; }
}

public enum TimexType { Date, Time, Duration, Set }

public enum TimeGranularity { Century, Decade, Year, HalfYear, Quarter, Month, Week, Day, PartOfDay, Minute, Duration, Set, Vague }

/// <summary>Flags a <see cref="TimeExpression"/> may carry.</summary>
public static class TimeFlags
{
    /// <summary>The weekday written beside the date is not that date's weekday.</summary>
    public const string WeekdayMismatch = "weekday_mismatch";

    /// <summary>The value is a best estimate (half units, an event date the article does not give, a TIMEX3 mod).</summary>
    public const string Approximate = "approximate";

    /// <summary>Resolved against an event the text names («من إعلانه») rather than the publication date.</summary>
    public const string EventRelative = "event_relative";

    /// <summary>The year (or month) was not written; it came from the anchor.</summary>
    public const string YearInferred = "year_inferred";

    /// <summary>Written in the Hijri calendar and converted with UmAlQuraCalendar (HijriCalendar outside its range).</summary>
    public const string Hijri = "hijri";

    /// <summary>A Hijri month with a year only the Gregorian calendar has («رمضان 2015»): that month's occurrence in the year.</summary>
    public const string GregorianYear = "gregorian_year";

    /// <summary>Read by a calendar-date rule («date.*»), alone or governed by «منذ»: a date the text writes as a date, not
    /// one counted from the anchor or a bound of a range. Set where a rule becomes an expression (<see cref="TimeRecognizer"/>).</summary>
    public const string CalendarDate = "calendar_date";

    public const string Range = "range";
    public const string Since = "since";

    /// <summary>«منذ شهرين»: a «since» over a length, counted back from the anchor — how long something has lasted, not a
    /// date the text names (as «منذ أبريل» is).</summary>
    public const string CountBack = "count_back";
    public const string Until = "until";
    public const string Before = "before";
    public const string After = "after";

    /// <summary>A clock time whose day came from the anchor, not the text.</summary>
    public const string DateFromAnchor = "date_from_anchor";

    public static string Mod(string mod) => "mod:" + mod;
}
