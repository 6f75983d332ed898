using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

internal sealed partial class TimeGrammar
{
    /// <summary>
    /// A holiday named in Resources/Time/holidays.tsv: «عيد الفطر المبارك», «عيد الأضحى الماضي», «اليوم الوطني 85»,
    /// «عيد الفطر لعام 1436هـ». Praise adjectives after the name (المبارك، السعيد، المجيد) belong to it.
    /// «عاشوراء» and the like are read wherever they stand; the feast as an object is not (see below).
    /// </summary>
    private Parse? Holiday(int i)
    {
        if (!lx.Holidays.TryMatch(t, i, out var holiday)) return null;
        // «هنأهم بعيد الفطر», «استعداداً لعيد الأضحى»: with ب or ل the feast is what is congratulated on or prepared
        // for, an object, not the time of the clause (that is «في/خلال/أيام عيد الفطر»).
        if (holiday.PrefixLength > 0 && t[i].Key[holiday.PrefixLength - 1] is 'ب' or 'ل') return null;
        var end = holiday.End;
        while (IsKey(end, Glue.HolidayPraise)) end++;
        if (lx.Relative.TryMatch(t, end, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
            return new Parse(i, holiday.PrefixLength, dir.End, new HolidayRef(holiday.Value, int.Parse(dir.Value.Value), null, false, null), "holiday.direction");
        if (YearPart(end, allowBare: true, out var year) && (year.Year is not null || year.Shift is not null))
            return new Parse(i, holiday.PrefixLength, year.End, new HolidayRef(holiday.Value, null, year.Year, year.Hijri || year.Year < 1600, year.Shift), "holiday.year");
        return new Parse(i, holiday.PrefixLength, end, new HolidayRef(holiday.Value, null, null, false, null), "holiday");
    }
}
