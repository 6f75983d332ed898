using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>What an expression says, before any anchor is applied.</summary>
internal abstract record TimeMeaning;

/// <summary>
/// A calendar date with the parts the text wrote. <see cref="YearShift"/> is «من العام الماضي» (year = anchor's + shift);
/// <see cref="MonthDirection"/> is «يوليو الماضي/المقبل/الجاري» (-1, 1, 0).
/// </summary>
internal sealed record CalendarDate(
    int? Year, int? Month, int? Day, int? Weekday, bool Hijri,
    int? YearShift = null, int? MonthDirection = null) : TimeMeaning
{
    /// <summary>A <see cref="MonthDirection"/>: the anchor's month or the first after it (a contract's delivery month, «تسليم ديسمبر»).</summary>
    public const int ThisOrNext = 2;

    /// <summary>Governed by منذ: a missing year is taken so the date is not after the anchor.</summary>
    public bool NotAfterAnchor { get; init; }

    /// <summary>«10 من الشهر الجاري/الماضي»: the month is the anchor's moved by this many months.</summary>
    public int? MonthShift { get; init; }

    /// <summary>
    /// A year alone written without هـ or م in the Hijri years of print («عام 1436»، «موسم حج 1436»): Hijri when it lies
    /// near the anchor's Hijri year (<see cref="Resolution.CalendarResolution"/>).
    /// </summary>
    public bool MaybeHijri { get; init; }

    /// <summary>Such a year read only because it may be Hijri (no year word before it): no date when it is not.</summary>
    public bool OnlyIfHijri { get; init; }
}

/// <summary>A weekday alone; <see cref="Direction"/> -1 «الماضي», 1 «المقبل», 2 «بعد المقبل» (the one after next), null for the most recent one.</summary>
internal sealed record WeekdayRef(int IsoDay, int? Direction) : TimeMeaning;

/// <summary>The anchor moved by <see cref="Amount"/> units and reported at that unit: أمس, الأسبوع الماضي, قبل يومين.</summary>
internal sealed record Shift(TimeUnit Unit, decimal Amount) : TimeMeaning
{
    /// <summary>«أمس الإثنين»: the weekday written beside a deictic day, checked against it.</summary>
    public int? Weekday { get; init; }
}

/// <summary>«الربع الأول من العام», «النصف الثاني من 2020»: TIMEX3 2021-Q1, 2020-H2.</summary>
internal sealed record PartOfYear(char Kind, int Number, TimeMeaning Year) : TimeMeaning
{
    /// <summary>«الربع السابق» (-1), «الربع التالي» (1): no number of its own, the story's quarter or half moved so many.</summary>
    public int? StoryShift { get; init; }

    /// <summary>«نمت المبيعات في الربع الأخير»: with no year, the last whole quarter before the anchor's, the last one reported.</summary>
    public bool LastReported { get; init; }
}

/// <summary>
/// A length of time; a null amount is «عدة أيام» (TIMEX3 PXD). <c>And</c> is a smaller unit joined by «و»
/// («سنة وسبعة أشهر», P1Y7M).
/// </summary>
internal sealed record DurationMeaning(TimeUnit Unit, decimal? Amount) : TimeMeaning
{
    public DurationMeaning? And { get; init; }

    /// <summary>
    /// A shift back or forward by this length (<paramref name="sign"/> −1 or 1), counted in its smallest unit when it is
    /// compound: «منذ سنة وسبعة أشهر» is nineteen months back, «قبل أسبوع وثلاثة أيام» ten days.
    /// </summary>
    public Shift ToShift(int sign)
    {
        var (unit, amount) = InSmallestUnit();
        return new Shift(unit, sign * amount);
    }

    private (TimeUnit Unit, decimal Amount) InSmallestUnit()
    {
        if (And is null) return (Unit, Amount ?? 0);
        var (smaller, rest) = And.InSmallestUnit();
        return (smaller, (Amount ?? 0) * UnitsIn(Unit, smaller) + rest);
    }

    // Years count twelve months; other units by their length in seconds (a month as 30 days).
    private static decimal UnitsIn(TimeUnit larger, TimeUnit smaller) =>
        smaller == TimeUnit.Month && Months(larger) is { } months ? months : Seconds(larger) / Seconds(smaller);

    private static decimal? Months(TimeUnit unit) => unit switch
    {
        TimeUnit.Year => 12, TimeUnit.Decade => 120, TimeUnit.Century => 1200, _ => null,
    };

    private static decimal Seconds(TimeUnit unit) => unit switch
    {
        TimeUnit.Minute => 60, TimeUnit.Hour => 3600, TimeUnit.Day => 86400, TimeUnit.Week => 604800,
        TimeUnit.Month => 2592000, TimeUnit.Year => 31536000, TimeUnit.Decade => 315360000, TimeUnit.Century => 3153600000,
        _ => 1,
    };
}

internal sealed record ClockTime(int Hour, int Minute, TimeMeaning? Day) : TimeMeaning
{
    /// <summary>«الساعة السادسة» with no part of the day written: a twelve-hour reading the story may place after noon.</summary>
    public bool HalfOfDayOpen { get; init; }

    /// <summary>«السادسة من صباح اليوم التالي»: on the day after the story's, so with no story day, on no known day.</summary>
    public bool NextDay { get; init; }
}

/// <summary>«صباح أمس», «ليلة الجمعة» (the night before Friday: <see cref="DayShift"/> -1).</summary>
internal sealed record PartOfDay(string Part, TimeMeaning Day, int DayShift = 0) : TimeMeaning;

internal sealed record VagueRef(string Value) : TimeMeaning;

internal sealed record Recurrence(string Value) : TimeMeaning;

internal sealed record DateRange(TimeMeaning From, TimeMeaning To) : TimeMeaning;

/// <summary>A part of a period: «مطلع الشهر» (TIMEX3 mod START, MID, END).</summary>
internal sealed record Modified(TimeMeaning Inner, string Mod) : TimeMeaning;

/// <summary>«آخر يوم من شهر ذي القعدة المقبل»: the last day of a month, in the month's own calendar.</summary>
internal sealed record LastDayOf(CalendarDate Month) : TimeMeaning;

/// <summary>«الثمانينيات»; <see cref="CenturyShift"/> -1 for «من القرن الماضي», null to take the latest before the anchor.</summary>
internal sealed record DecadeRef(int Tens, int? CenturyShift) : TimeMeaning;

/// <summary>«القرن الثامن عشر»: a century by its ordinal (TIMEX3 two digits, 17 for the 1700s).</summary>
internal sealed record CenturyRef(int Number) : TimeMeaning;

/// <summary>A season: by a direction from the anchor (الصيف الماضي), or in a written or shifted year (صيف 2015، صيف العام الماضي).</summary>
internal sealed record SeasonRef(string Code, int StartMonth, int? Direction, int? Year, int? YearShift) : TimeMeaning;

/// <summary>
/// A holiday (عيد الفطر = 1 شوال): the occurrence nearest the anchor, the latest before it (<see cref="Direction"/> -1),
/// the first after it (1), or the one of a written year (<see cref="Year"/>, Hijri or Gregorian) or of the anchor's year
/// moved by <see cref="YearShift"/> («عيد الفطر من العام الماضي»). <see cref="DayOffset"/> counts days from the first
/// («ثاني أيام العيد» is 1).
/// </summary>
internal sealed record HolidayRef(Lexicon.HolidayName Name, int? Direction, int? Year, bool YearHijri, int? YearShift, int DayOffset = 0) : TimeMeaning;

/// <summary>
/// «بعد شهر ونصف من إعلانه قطع العلاقات»: an offset from an event the text names, tokens
/// [<see cref="EventStart"/>, <see cref="EventEnd"/>). Resolved against that event's date when the article gives it.
/// </summary>
internal sealed record EventRelative(DurationMeaning Offset, int Sign, int EventStart, int EventEnd) : TimeMeaning;

/// <summary>A recognized expression: tokens [Start, End), a proclitic of <see cref="PrefixLength"/> characters left out of the span.</summary>
internal sealed record Parse(int Start, int PrefixLength, int End, TimeMeaning Meaning, string Rule, IReadOnlyList<string> Flags)
{
    public Parse(int start, int prefixLength, int end, TimeMeaning meaning, string rule)
        : this(start, prefixLength, end, meaning, rule, []) { }
}
