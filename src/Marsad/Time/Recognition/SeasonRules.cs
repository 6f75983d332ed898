using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>Seasons of the year («فصل الصيف»، «صيف 2014»), with a direction or a year.</summary>
internal sealed class SeasonRules(TimeToken[] tokens, TimeLexicon lexicon, DateRules dates) : TimeRuleFamily(tokens, lexicon)
{
    /// <summary>
    /// A season of a known year (TIMEX3 2015-SU): «الصيف الماضي», «الشتاء المقبل», «هذا الصيف», «صيف هذا العام»,
    /// «صيف 2015», «فصل الخريف الحالي». A season alone is a habit («يشتد الحر في فصل الصيف») and is read only after a
    /// modifier, which makes it the current one: «نهاية الصيف».
    /// </summary>
    internal Parse? Season(int i) => Season(i, alone: false);

    internal Parse? Season(int i, bool alone)
    {
        var at = i;
        var prefix = 0;
        var demonstrative = lx.Relative.TryMatch(t, at, out var demo) && demo.Value.Category == "demonstrative";
        if (demonstrative) { prefix = demo.PrefixLength; at = demo.End; }
        var led = IsWordWithClitic(at, Glue.Fasl, out var faslPrefix);
        if (led) { if (!demonstrative) prefix = faslPrefix; at++; }
        if (!lx.Seasons.TryMatch(t, at, out var season) || ((led || demonstrative) && season.PrefixLength != 0)) return null;
        if (!led && !demonstrative) prefix = season.PrefixLength;
        var name = season.Value;
        var end = season.End;
        if (lx.Relative.TryMatch(t, end, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
            return new Parse(i, prefix, dir.End, new SeasonRef(name.Code, name.StartMonth, int.Parse(dir.Value.Value), null, null), "season.direction");
        if (!demonstrative && dates.YearPart(end, allowBare: true, out var year) && (year.Year is not null || year.Shift is not null))
        {
            // «لفصل الصيف 1436هـ»: a Hijri year's season is the one of the Gregorian year holding that year's middle.
            var gregorian = year.Hijri && year.Year is { } hijri ? Resolution.HijriDates.ToGregorian(hijri, 7, 1)?.Year : year.Year;
            if (!year.Hijri || gregorian is not null)
                return new Parse(i, prefix, year.End, new SeasonRef(name.Code, name.StartMonth, null, gregorian, year.Shift), "season.year");
        }
        if (demonstrative || alone)
            return new Parse(i, prefix, end, new SeasonRef(name.Code, name.StartMonth, 0, null, null), demonstrative ? "season.this" : "season");
        return null;
    }
}
