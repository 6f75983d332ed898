using Marsad.Text.Morphology;
using Marsad.Time.Lexicon;
namespace Marsad.Time.Recognition;

/// <summary>Clock times and parts of the day, alone or with the day they fall on.</summary>
internal sealed class ClockRules(TimeToken[] tokens, TimeLexicon lexicon, NumberRules numbers, DateRules dates, HolidayRules holidays, RelativeRules relative) : TimeRuleFamily(tokens, lexicon)
{
    /// <summary>
    /// A date optionally followed by a clock time or a part of the day, read as one expression:
    /// «الإثنين 12 سبتمبر الساعة 10 صباحا», «الخميس مساء».
    /// </summary>
    internal Parse? DateAndTime(int i)
    {
        var date = dates.Date(i) ?? relative.Relative(i);
        if (date is null) return null;
        if (!IsDay(date.Meaning)) return date;
        var at = date.End;
        if (IsComma(at)) at++;
        if (IsKey(at, Glue.Fi)) at++;
        if (IsKey(at, Glue.Tamam)) at++;
        if (Clock(at) is { PrefixLength: 0, Meaning: ClockTime { Day: null } clock } time)
            return new Parse(i, date.PrefixLength, time.End, clock with { Day = date.Meaning }, date.Rule + "+clock");
        if (lx.Relative.TryMatch(t, date.End, out var part) && part.PrefixLength == 0 && part.Value.Category == "part")
            return new Parse(i, date.PrefixLength, part.End, new PartOfDay(part.Value.Value, date.Meaning), date.Rule + "+part");
        return date;
    }

    /// <summary>
    /// «من الرابعة إلى التاسعة مساء»: the first hour of a clock range may go without its part of the day, which the
    /// end names; read only as a range's start (<see cref="Range"/> checks that the end is a clock time).
    /// </summary>
    internal Parse? BareHour(int i)
    {
        if (!numbers.Ordinal(i, out var hour, out var end, out var prefix) || prefix != 0 || hour is < 1 or > 12 || !Feminine(i)) return null;
        return new Parse(i, 0, end, new ClockTime(hour, 0, null), "clock.bare");
    }

    private static bool IsDay(TimeMeaning m) =>
        m is CalendarDate { Day: not null } or WeekdayRef or Shift { Unit: Lexicon.TimeUnit.Day } or HolidayRef;

    /// <summary>
    /// الساعة 10 [صباحا]، الساعة 10:30، الساعة العاشرة والنصف مساء، 3:30 مساء، 10 صباحا.
    /// The hour is turned to 24-hour time by the part of the day (مساء adds 12; ليلا adds 12 from 6 on).
    /// </summary>
    // «الخامسة وعشرين دقيقة» reads as the ordinal 25 (as in «الخامس والعشرين من الشهر»); an hour is the first word alone.
    private bool ClockHour(int at, ref int hour, ref int end)
    {
        if (hour <= 24) return true;
        if (!lx.Numbers.TryMatch(t, at, out var single) || single.Value.Kind != "ordinal") return false;
        hour = (int)single.Value.Value;
        end = single.End;
        return true;
    }

    internal Parse? Clock(int i)
    {
        var at = i;
        var prefix = 0;
        var led = IsWordWithClitic(at, Glue.Saa, out var saaPrefix);
        if (led) { prefix = saaPrefix; at++; }
        // «الساعة الـ10 صباحًا»، «وحتى الـ10 مساءً»: the article written apart before the digits.
        if (IsKey(at, Glue.Al) && at + 1 < t.Length && t[at + 1].IsNumber) at++;
        // «الساعة (11:59) مساءً»: the clock set apart in brackets, its part of the day after them.
        var bracketed = led && IsPunct(at, "(") && at + 1 < t.Length && t[at + 1].IsNumber;
        if (bracketed) at++;
        int hour, minute = 0;
        // «الساعة 33ر06 بتوقيت جرينتش»، «الساعة 44ر04 من فجر اليوم»: wire copy joins hours and minutes with the Arabic
        // decimal sign ر, typed left to right, so the text's order is minutes first (the page shows 06ر33 = 06:33).
        if (led && IntAt(at) is { } mins && t[at].Key.Length == 2 && IsKey(at + 1, Glue.DecimalSign) && Adjacent(at) && Adjacent(at + 1)
            && IntAt(at + 2) is { } hrs && t[at + 2].Key.Length <= 2 && hrs <= 23 && mins <= 59)
        {
            hour = hrs;
            minute = mins;
            at += 3;
        }
        else if (IntAt(at) is { } h && t[at].Key.Length <= 2)
        {
            hour = h;
            at++;
            // «الساعة 19.45 من مساء السبت»: after «الساعة» a full stop written tight between the hour and two digits
            // joins minutes as the colon does (wire copy's European clocks); alone «19.45» stays a decimal amount.
            if ((IsPunct(at, ":") || led && IsPunct(at, ".")) && Adjacent(at - 1) && Adjacent(at) && IntAt(at + 1) is { } mm && t[at + 1].Key.Length == 2)
            {
                minute = mm;
                at += 2;
            }
            // «10 صباحا» without الساعة: only a twelve-hour clock reading (17 صباحا is a count of something).
            else if (!led && (!PartFollows(at) || hour is < 1 or > 12)) return null;
        }
        // «الساعة 1431 بتوقيت جرينتش»: wire copy writes a 24-hour time as four digits, named by its time zone.
        else if (led && IntAt(at) is { } hhmm && t[at].Key.Length == 4 && IsKey(at + 1, Glue.TimeZone) && hhmm / 100 <= 23 && hhmm % 100 <= 59)
        {
            hour = hhmm / 100;
            minute = hhmm % 100;
            at++;
        }
        else if (numbers.Ordinal(at, out var oh, out var ordEnd, out var op) && ClockHour(at, ref oh, ref ordEnd)
                 && (led ? op == 0 : oh is >= 1 and <= 12 && Feminine(at) && (PartFollows(SkipFraction(ordEnd)) || OfPartFollows(SkipFraction(ordEnd))) && !QualifiesNoun(at)))
        {
            // «التاسعة صباحا» without الساعة reads as a clock time only when a part of the day follows, or «من» one of a day
            // («السادسة من صباح اليوم التالي»).
            hour = oh;
            at = ordEnd;
            if (!led) prefix = op;
        }
        else return null;
        if (bracketed)
        {
            if (!IsPunct(at, ")")) return null;
            at++;
        }
        {
            if (IsKey(at, Glue.Wa) && IsKey(at + 1, Glue.Nisf)) { minute = 30; at += 2; }
            else if (IsKey(at, Glue.Wa + Glue.Nisf)) { minute = 30; at++; }
            else if (IsKey(at, Glue.Wa + Glue.Rub)) { minute = 15; at++; }
            else if (IsKey(at, Glue.Illa) && (IsKey(at + 1, Glue.RubAcc) || IsKey(at + 1, Glue.Fraction2))) { hour -= 1; minute = 45; at += 2; }
            // «الخامسة وعشرين دقيقة»: minutes in words joined by و, with their unit, belong to the same clock time.
            else if (at < t.Length && t[at].Key.StartsWith('و') && numbers.Amount(at, out var minutes, out var minutesEnd, out var minutesPrefix)
                     && minutesPrefix == 1 && minutes is >= 1 and <= 59 && decimal.Truncate(minutes) == minutes
                     && lx.Units.TryMatch(t, minutesEnd, out var unit) && unit.PrefixLength == 0 && unit.Value.Unit == TimeUnit.Minute)
            {
                minute = (int)minutes;
                at = unit.End;
            }
        }
        if (hour is < 0 or > 24 || minute is < 0 or > 59) return null;
        string? partCode = null;
        if (lx.Relative.TryMatch(t, at, out var part) && part.PrefixLength == 0 && part.Value.Category == "part")
        {
            partCode = part.Value.Value;
            at = part.End;
        }
        // «الساعة الثامنة من صباح الأحد»: the part of the day after «من», with the day it belongs to.
        var ofDay = partCode is null && IsKey(at, Glue.Min) && lx.Relative.TryMatch(t, at + 1, out var ofPart) && ofPart.PrefixLength == 0
                    && ofPart.Value.Category == "part" && (dates.Date(ofPart.End) ?? relative.Relative(ofPart.End)) is { PrefixLength: 0 } following && IsDay(following.Meaning);
        if (ofDay)
        {
            lx.Relative.TryMatch(t, at + 1, out var named);
            partCode = named.Value.Value;
            at = named.End;
        }
        hour = To24(hour, partCode);
        TimeMeaning? day = null;
        // «الساعة الحادية عشرة مساءً من يوم الخميس»: the day may follow the part of the day after «من», unless that «من»
        // opens a range of days («من الأحد إلى الخميس», the days a daily schedule holds).
        var dayAt = partCode is not null && IsKey(at, Glue.Min) ? at + 1 : at;
        if (partCode is not null && (dates.Date(dayAt) ?? relative.Relative(dayAt)) is { PrefixLength: 0 } dayPart && IsDay(dayPart.Meaning)
            && !(dayAt > at && (IsKey(dayPart.End, Glue.Ila) || IsKey(dayPart.End, Glue.Hatta))))
        {
            day = dayPart.Meaning;
            at = dayPart.End;
        }
        // «وحتى السادسة من صباح اليوم التالي»: the day after the one the story or the range is at, not today's; the story
        // gives the day (StoryAnaphora), and a range of hours with no day is a daily schedule (a curfew), dated by none.
        var nextDay = false;
        if (day is Shift { Unit: TimeUnit.Day, Amount: 0, Weekday: null } && lx.StoryWordAt(t, at) is { Length: 1, Direction: 1 })
        {
            day = null;
            nextDay = true;
            at++;
        }
        return new Parse(i, prefix, at, new ClockTime(hour, minute, day) { HalfOfDayOpen = partCode is null && hour is >= 1 and <= 11, NextDay = nextDay },
            led ? "clock.saa" : "clock");
    }

    /// <summary>
    /// «المباراة الودية الثالثة مساء أمس»: an ordinal right after a definite word that is no time word is that noun's
    /// adjective (the third match), not an hour; an hour without الساعة follows a preposition or opens its clause.
    /// </summary>
    private bool QualifiesNoun(int at) =>
        at > 0 && t[at - 1].IsWord && t[at - 1].Key.StartsWith(Glue.Al, StringComparison.Ordinal) && t[at - 1].Key.Length > 2
        && !lx.StartsWord(t[at - 1].Key);

    /// <summary>An hour agrees with the feminine الساعة (الخامسة); «الفريق الأول مساء أمس» is no clock time.</summary>
    private bool Feminine(int i) => t[i].Key.EndsWith(Glue.FeminineEnding, StringComparison.Ordinal);

    private int SkipFraction(int i) => IsKey(i, Glue.WaNisf) || IsKey(i, Glue.WaRub) ? i + 1 : i;

    private bool OfPartFollows(int i) => IsKey(i, Glue.Min) && PartFollows(i + 1);

    private bool PartFollows(int i) =>
        lx.Relative.TryMatch(t, i, out var part) && part.PrefixLength == 0 && part.Value.Category == "part";

    private static int To24(int hour, string? part) => part switch
    {
        "AF" or "EV" when hour < 12 => hour + 12,
        // «الثانية عشرة مساءً», «12 ليلاً»: twelve at night is midnight, as «12 ظهراً» is noon.
        "EV" or "NI" when hour == 12 => 0,
        "NI" when hour is >= 6 and < 12 => hour + 12,
        "MI" when hour is >= 1 and <= 4 => hour + 12,
        "MO" when hour == 12 => 0,
        _ => hour,
    };

    /// <summary>صباح اليوم، مساء أمس، ظهر الإثنين، ليلة الجمعة (the night before Friday)، الليلة، هذا المساء.</summary>
    internal Parse? PartOfDayRef(int i)
    {
        if (lx.Relative.TryMatch(t, i, out var demo) && demo.Value.Category == "demonstrative"
            && lx.Relative.TryMatch(t, demo.End, out var thisPart) && thisPart.PrefixLength == 0 && thisPart.Value.Category == "part"
            && CliticSegmenter.OpensWithArticle(t[demo.End].Key))
            return new Parse(i, demo.PrefixLength, thisPart.End, new PartOfDay(thisPart.Value.Value, new Shift(Lexicon.TimeUnit.Day, 0)), "part.this");
        if (!lx.Relative.TryMatch(t, i, out var part) || part.Value.Category != "part") return null;
        if ((dates.Date(part.End) ?? relative.Relative(part.End) ?? holidays.Holiday(part.End, dayWord: true)) is { PrefixLength: 0 } day && IsDay(day.Meaning))
        {
            // «ليلة الجمعة»، «ليلة العيد»: the night before the named day.
            var eve = t[i].Key.EndsWith(Glue.Layla, StringComparison.Ordinal) && day.Meaning is WeekdayRef or CalendarDate or HolidayRef;
            return new Parse(i, part.PrefixLength, day.End, new PartOfDay(part.Value.Value, day.Meaning, eve ? -1 : 0), "part.day");
        }
        // «الليلة قبل الماضية»: the night before last, as «أول من أمس» is the day before yesterday.
        if (IsKey(i, Glue.AlLayla) && IsKey(part.End, Glue.Qabl) && lx.Relative.TryMatch(t, part.End + 1, out var past)
            && past.PrefixLength == 0 && past.Value is { Category: "direction", Value: "-1" })
            return new Parse(i, part.PrefixLength, past.End, new PartOfDay("NI", new Shift(Lexicon.TimeUnit.Day, -2)), "part.night-before-last");
        if (IsKey(i, Glue.AlLayla) && lx.Relative.TryMatch(t, part.End, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
            return new Parse(i, part.PrefixLength, dir.End, new PartOfDay("NI", new Shift(Lexicon.TimeUnit.Day, int.Parse(dir.Value.Value))), "part.night-direction");
        if (IsKey(i, Glue.AlLayla))
            return new Parse(i, part.PrefixLength, part.End, new PartOfDay("NI", new Shift(Lexicon.TimeUnit.Day, 0)), "part.tonight");
        return BarePartOfDay(i, part.PrefixLength, part.End, part.Value.Value);
    }

    /// <summary>
    /// «أقيمت الحصة الأخيرة ظهراً»، «كانت مساءً»: a part of the day alone as an adverb, the accusative written with its
    /// alif (صباحا، ظهرا، عصرا، ليلا، فجرا), «بعد الظهر», or «مساء» before no definite noun (not «مساء الخير»); StoryAnaphora gives it
    /// the story's day. A pair «صباحا ومساء» is a habit, no time.
    /// </summary>
    private Parse? BarePartOfDay(int i, int prefix, int end, string part)
    {
        // Daytime alone («خلال بعض الفترات نهارا») is the weather's habit, never one day's.
        // «تنتهي بعد الظهر الدورة»: the phrase with «بعد» is an adverb as it stands.
        var afterNoon = end == i + 2 && IsKey(i, Glue.Baad);
        if (end != i + 1 && !afterNoon || prefix != 0 && t[i].Key[0] != 'و' || part == "DT") return null;
        var word = t[i].Key[prefix..];
        // «وقال لوكالة ريا في المساء إن …»: the definite evening or morning after «في», ending its phrase, is that
        // part of the story's day as the adverb is.
        var inThePart = prefix == 0 && i > 0 && IsKey(i - 1, Glue.Fi) && part is "EV" or "MO"
            && word.StartsWith(Glue.Al, StringComparison.Ordinal) && !(end < t.Length && t[end].IsWord && t[end].Key.StartsWith(Glue.Al, StringComparison.Ordinal));
        var adverb = inThePart || afterNoon || word.EndsWith('ا') || word == Glue.Masaa && !(end < t.Length && t[end].IsWord && t[end].Key.StartsWith(Glue.Al, StringComparison.Ordinal));
        if (!adverb || IsPartOfDay(end) || i > 0 && IsPartOfDay(i - 1) || IsPartOfDay(end + 1) && IsKey(end, Glue.Wa)) return null;
        return new Parse(i, prefix, end, new PartOfDay(part, new Shift(Lexicon.TimeUnit.Day, 0)), "part.bare");
    }

    private bool IsPartOfDay(int i) =>
        i < t.Length && t[i].IsWord && lx.Relative.TryMatch(t, i, out var p) && p.Value.Category == "part";
}
