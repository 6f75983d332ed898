using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>Ranges between two times («بين 2014 و2018»، «من … إلى»).</summary>
internal sealed class RangeRules(TimeToken[] tokens, TimeLexicon lexicon, DateRules dates, RelativeRules relative, OperatorRules operators, ClockRules clock) : TimeRuleFamily(tokens, lexicon)
{
    /// <summary>
    /// بين 2014 و2018، بين عامي 2014 و2018، من 3 إلى 5 أيار، من يوليو حتى سبتمبر، 2014-2018.
    /// A bare day before a full date takes that date's month and year (من 3 إلى 5 أيار = 3–5 May).
    /// </summary>
    internal Parse? Range(int i)
    {
        var numeric = YearDashYear(i) ?? TwoMonths(i);
        if (numeric is not null) return numeric;
        // «يومي 20 و21 يونيو» (on the two days…) reads like «بين».
        var pair = false;
        var between = IsWordWithClitic(i, Glue.Bayna, out var prefix) || (pair = IsWordWithClitic(i, Glue.Yawmay, out prefix));
        var from = !between && IsWordWithClitic(i, Glue.Min, out prefix);
        if (!between && !from) return BareDateRange(i);
        var at = i + 1;
        var yearLed = IsKey(at, Glue.YearWords);
        if (yearLed) at++;
        var first = Endpoint(at, yearLed) ?? (yearLed || between ? null : clock.BareHour(at));
        if (first is null) return null;
        at = first.End;
        int next;
        if (between)
        {
            if (!Conjunction(at, out next, out var fused)) return null;
            // «ما بين عامي 1992 ولغاية 1998»، «بين 2010 وحتى 2014»: the «و» may carry a link word of «من … إلى».
            if (fused ? RangeLink(at, 1) : RangeLink(next, 0)) next++;
        }
        else
        {
            // «من الساعة السادسة مساء وحتى الساعة التاسعة»: the link may carry «و».
            if (IsKey(at, Glue.Wa) && (IsKey(at + 1, Glue.Ila) || IsKey(at + 1, Glue.Hatta))) at++;
            if (!(IsKey(at, Glue.Ila) || IsKey(at, Glue.Hatta) || IsKey(at, Glue.Lighayat) || IsPunct(at, "-")
                  || IsWordWithClitic(at, Glue.Hatta, out var waHatta) && waHatta == 1 || IsWordWithClitic(at, Glue.Ila, out var waIla) && waIla == 1))
                return null;
            next = at + 1;
        }
        var second = Endpoint(next, yearLed);
        if (second is null || (second.PrefixLength != 0 && !(between && next == at))) return null;
        var fromMeaning = first.Meaning;
        if (first.Rule == "clock.bare")
        {
            // The bare start takes the end's half of the day: «من الرابعة إلى التاسعة مساء» is 16:00–21:00.
            if (second.Meaning is not ClockTime { Day: null } || fromMeaning is not ClockTime) return null;
        }
        // «من الساعة 6 إلى 11 ليلا»: a start with no half of the day written takes the end's too, 18:00–23:00.
        if ((first.Rule == "clock.bare" || fromMeaning is ClockTime { HalfOfDayOpen: true })
            && fromMeaning is ClockTime open && second.Meaning is ClockTime { Day: null } close && close.Hour > 12 && open.Hour + 12 <= close.Hour)
            fromMeaning = open with { Hour = open.Hour + 12, HalfOfDayOpen = false };
        if (fromMeaning is CalendarDate { Month: null, Year: null, Day: { } day } && second.Meaning is CalendarDate { Day: not null } full)
            fromMeaning = full with { Day = day, Weekday = null };
        else if (fromMeaning is CalendarDate { Month: null, Year: null }) return null;
        // «يومي 14 و17 من الشهر الجاري»، «يومي 20 و21 يونيو»: the dual names two days, not the span between them, so
        // «يومي» and its first day are one date (in the second's month) and the second day is read on its own after it;
        // after «بين» («بين يومي 8 و10 أكتوبر») they stay the ends of a span.
        if (pair && !(i > 0 && IsWordWithClitic(i - 1, Glue.Bayna, out _)) && fromMeaning is CalendarDate { Day: not null } firstOfPair
            && second.Meaning is CalendarDate { Day: not null } secondOfPair && (secondOfPair.Month is not null || secondOfPair.MonthShift is not null))
            return new Parse(i, prefix, first.End, firstOfPair, "date.day-pair");
        if (second.Meaning is CalendarDate { Month: null, Year: null }) return null;
        // «يومي الأربعاء والخميس القادمين»: the plural direction after the second weekday is both days'.
        if (fromMeaning is WeekdayRef { Direction: null } firstDay && second.Meaning is WeekdayRef { Direction: { } both })
            fromMeaning = firstDay with { Direction = both };
        return new Parse(i, prefix, second.End, new DateRange(fromMeaning, second.Meaning), "range." + second.Rule, [TimeFlags.Range]);
    }

    /// <summary>
    /// «يبدأ التقديم يوم الأحد 17/10/1436ه إلى 7/11/1436ه»: two days, each with its month, joined by «إلى/حتى» are a range
    /// without «من»; a lone day or month on either side is not («وصل الأحد حتى المساء»).
    /// </summary>
    private Parse? BareDateRange(int i)
    {
        if (dates.Date(i) is not { Meaning: CalendarDate { Day: not null, Month: not null } } start) return null;
        if (!(IsKey(start.End, Glue.Ila) || IsKey(start.End, Glue.Hatta))) return null;
        if (dates.Date(start.End + 1) is not { PrefixLength: 0, Meaning: CalendarDate { Day: not null, Month: not null } } stop) return null;
        return new Parse(i, start.PrefixLength, stop.End, new DateRange(start.Meaning, stop.Meaning), "range." + stop.Rule, [TimeFlags.Range]);
    }

    /// <summary>«إلى»، «حتى»، «لغاية» at token <paramref name="i"/> after <paramref name="skip"/> letters (a fused «و»).</summary>
    private bool RangeLink(int i, int skip) =>
        i < t.Length && t[i].IsWord && t[i].Key.Length > skip
        && t[i].Key[skip..] is var word && (word == Glue.Ila || word == Glue.Hatta || word == Glue.Lighayat);

    /// <summary>An end of a range: a date, a month, a year (bare is fine here) or a bare day of the month.</summary>
    private Parse? Endpoint(int i, bool yearLed)
    {
        Parse? best = null;
        var candidates = yearLed
            ? new[] { operators.BareYear(i) ?? YearAfterYearWords(i) }
            : new[] { dates.Date(i), relative.Relative(i), operators.BareYear(i), relative.Decade(i), relative.MonthAloneAfterModifier(i), BareDay(i), clock.Clock(i) };
        foreach (var p in candidates)
            if (p is not null && (best is null || p.End > best.End)) best = p;
        return best;
    }

    /// <summary>
    /// «بين عامي 1859 و1869»: after the year words that lead a range, each bare number of up to four digits is a year of
    /// any century a year word allows (100–2200), not only the bare years of 1900–2100 read without one.
    /// </summary>
    private Parse? YearAfterYearWords(int i)
    {
        if (IntAt(i) is not { } year || t[i].Key.Length > 4 || year is < 100 or > 2200) return null;
        return new Parse(i, 0, i + 1, new CalendarDate(year, null, null, null, false), "date.year");
    }

    /// <summary>
    /// «(12، 13، 14 شوال الحالي)»، «(3 و4 أغسطس)»: a bare day opening a bracketed list of days that ends in a day of a
    /// month takes that day's month and year (rule date.day-list); the list's last day is read on its own after it.
    /// </summary>
    internal Parse? DayList(int i)
    {
        if (i == 0 || !IsPunct(i - 1, "(") && !InDayList(i)) return null;
        if (BareDay(i) is not { Meaning: CalendarDate { Day: { } day } }) return null;
        var at = i + 1;
        for (var n = 0; n < MaxListDays; n++)
        {
            var separator = at;
            if (IsComma(at)) at++;
            if (IsKey(at, Glue.Wa)) at++;
            if (at == separator) return null;
            if (Endpoint(at, false) is { PrefixLength: 0, Meaning: CalendarDate { Day: not null } full } last && (full.Month is not null || full.MonthShift is not null))
                return new Parse(i, 0, i + 1, full with { Day = day, Weekday = null }, "date.day-list");
            if (BareDay(at) is null) return null;
            at++;
        }
        return null;
    }

    // A bare day after «(N،» or «(N و» of the same list: the days before it back to the bracket are bare days.
    private bool InDayList(int i)
    {
        var at = i - 1;
        for (var n = 0; n < MaxListDays && at > 0; n++)
        {
            var separator = at;
            if (IsKey(at, Glue.Wa)) at--;
            if (IsComma(at)) at--;
            if (at == separator || BareDay(at) is null) return false;
            if (IsPunct(at - 1, "(")) return true;
            at--;
        }
        return false;
    }

    private const int MaxListDays = 6;

    private Parse? BareDay(int i)
    {
        if (IntAt(i) is not { } day || t[i].Key.Length > 2 || day is < 1 or > 31) return null;
        return new Parse(i, 0, i + 1, new CalendarDate(null, null, day, null, false), "day");
    }

    /// <summary>
    /// «شهري رجب وشعبان الماضيين»، «شهري يونيو ويوليو»: the dual of «شهر» before two names of one calendar is the stretch
    /// from the first to the second, with the direction after both; a Hijri pair runs from the Gregorian month of the
    /// first one's first day to that of the second one's last day (as «بداية/نهاية شهر رمضان»).
    /// </summary>
    private Parse? TwoMonths(int i)
    {
        if (!IsWordWithClitic(i, Glue.Shahray, out var prefix)
            || !lx.Months.TryMatch(t, i + 1, out var first) || first.PrefixLength != 0
            || !Conjunction(first.End, out var next, out var fused)
            || !lx.Months.TryMatch(t, next, out var second) || second.PrefixLength != (fused ? 1 : 0)
            || second.Value.Series != first.Value.Series)
            return null;
        var end = second.End;
        int? direction = null;
        if (lx.Relative.TryMatch(t, end, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
        {
            direction = int.Parse(dir.Value.Value);
            end = dir.End;
        }
        var hijri = first.Value.Series == Lexicon.MonthSeries.Hijri;
        TimeMeaning from = new CalendarDate(null, first.Value.Number, null, null, hijri, MonthDirection: direction);
        TimeMeaning to = new CalendarDate(null, second.Value.Number, null, null, hijri, MonthDirection: direction);
        if (hijri) (from, to) = (new Modified(from, "START"), new Modified(to, "END"));
        return new Parse(i, prefix, end, new DateRange(from, to), "range.two-months", [TimeFlags.Range]);
    }

    /// <summary>
    /// «2004 - 2011»: two four-digit years joined by a dash, of 1900–2100 (an older pair is more often a count or a
    /// code); alone in brackets, a lifespan or a reign after a name («جوزيبي فيردي (1813-1901)»), any years from 1000,
    /// unless a unit or a currency follows the brackets («ما بين (1200 - 1900) ريال»).
    /// </summary>
    private Parse? YearDashYear(int i)
    {
        if (i + 2 >= t.Length || !IsPunct(i + 1, "-") || t[i].Key.Length != 4 || t[i + 2].Key.Length != 4) return null;
        var earliest = i > 0 && IsPunct(i - 1, "(") && IsPunct(i + 3, ")") && !operators.Measured(i + 4) ? 1000 : 1900;
        if (IntAt(i) is not { } a || IntAt(i + 2) is not { } b || a < earliest || a > 2100 || b <= a || b > 2100) return null;
        return new Parse(i, 0, i + 3, new DateRange(new CalendarDate(a, null, null, null, false), new CalendarDate(b, null, null, null, false)),
            "range.years", [TimeFlags.Range]);
    }
}
