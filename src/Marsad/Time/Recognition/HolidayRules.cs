using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>Feasts and named days («عيد الفطر»، «ثاني أيام العيد»), with a year or an offset.</summary>
internal sealed class HolidayRules(TimeToken[] tokens, TimeLexicon lexicon, DateRules dates) : TimeRuleFamily(tokens, lexicon)
{
    /// <summary>
    /// A holiday named in Resources/Time/holidays.tsv: «عيد الفطر المبارك», «عيد الأضحى الماضي», «اليوم الوطني 85»,
    /// «عيد الفطر لعام 1436هـ». Praise adjectives after the name (المبارك، السعيد، المجيد) belong to it.
    /// «عاشوراء» and the like are read wherever they stand; a feast prepared for is not (see below). «ثاني أيام عيد
    /// الفطر» is the feast's day of that ordinal; a name with two rules («العيد») needs a word of the day before it
    /// (<paramref name="dayWord"/> when the caller read one: «ليلة العيد»; else relative.tsv, category feastday).
    /// </summary>
    internal Parse? Holiday(int i, bool dayWord = false)
    {
        // «أول أيام العيد»، «ثاني أيام عيد الأضحى»: an indefinite ordinal heading «أيام» and the feast.
        if (lx.Numbers.TryMatch(t, i, out var ordinal) && ordinal.Value.Kind == "ordinal_head" && IsKey(ordinal.End, Glue.Ayyam)
            && Holiday(ordinal.End + 1, dayWord: true) is { PrefixLength: 0, Meaning: HolidayRef feast } day)
            return new Parse(i, ordinal.PrefixLength, day.End, feast with { DayOffset = (int)ordinal.Value.Value - 1 }, "holiday.day-of");
        if (!lx.Holidays.TryMatch(t, i, out var holiday)) return null;
        // «استعداداً لعيد الأضحى»: with ل the feast is what is prepared for, an object, not the time of the clause.
        // With ب it is this year's feast congratulated on or celebrated («هنأهم بعيد الفطر»), a day like «في عيد الفطر».
        if (holiday.PrefixLength > 0 && t[i].Key[holiday.PrefixLength - 1] == 'ل') return null;
        var end = holiday.End;
        while (IsKey(end, Glue.HolidayPraise)) end++;
        if (holiday.Value.NeedsDayWord && !dayWord
            && (OwnAdjective(end) || !(i > 0 && t[i - 1].IsWord && t[i - 1].Readings.Any(r => lx.FeastDayWords.Contains(r.Word))) && !Greeted(i, holiday.PrefixLength) && !ThroughoutItsDays(i)))
            return null;
        if (lx.Relative.TryMatch(t, end, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
            return new Parse(i, holiday.PrefixLength, dir.End, new HolidayRef(holiday.Value, int.Parse(dir.Value.Value), null, false, null), "holiday.direction");
        if (dates.YearPart(end, allowBare: true, out var year) && (year.Year is not null || year.Shift is not null))
            return new Parse(i, holiday.PrefixLength, year.End, new HolidayRef(holiday.Value, null, year.Year, year.Hijri || year.Year < 1600, year.Shift), "holiday.year");
        return new Parse(i, holiday.PrefixLength, end, new HolidayRef(holiday.Value, null, null, false, null), "holiday");
    }

    /// <summary>«طوال أيام العيد»، «طيلة أيام العيد»: throughout the feast's days is this year's feast told as a stretch
    /// («عملت الفرق طوال أيام العيد»), while «خلال أيام العيد» alone is as often the custom of every feast («ترتفع
    /// الأسعار خلال أيام العيد»); relative.tsv, categories feastspan and operator (throughout).</summary>
    private bool ThroughoutItsDays(int i) =>
        i > 1 && t[i - 1].IsWord && t[i - 1].Readings.Any(r => lx.FeastSpanWords.Contains(r.Word))
        && Enumerable.Range(Math.Max(0, i - 3), i - 1 - Math.Max(0, i - 3)).Any(s =>
            lx.Relative.TryMatch(t, s, out var op) && op.End == i - 1 && op.Value is { Category: "operator", Value: "throughout" });

    /// <summary>«هنأهم بالعيد»، «تبادلوا التهاني بالعيد السعيد»: with ب the bare feast is greeted or celebrated, this year's
    /// day, as a named feast is after ب.</summary>
    private bool Greeted(int i, int prefix) => prefix > 0 && t[i].Key[prefix - 1] == 'ب';

    /// <summary>«بالعيد الوطني»، «بمناسبة العيد الذهبي»: a bare «العيد» with an adjective of its own (other than praise or
    /// a direction, «العيد المقبل») is another day or an anniversary, not the feast.</summary>
    private bool OwnAdjective(int end) =>
        end < t.Length && t[end].IsWord && t[end].Key.StartsWith(Glue.Al, StringComparison.Ordinal)
        && !(lx.Relative.TryMatch(t, end, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction");
}
