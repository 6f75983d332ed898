using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// «أيام الثلاثاء والأربعاء والخميس (12، 13، 14 شوال الحالي)»: a list of weekdays joined by «و» and followed by the same
/// number of days in brackets names those days, the first weekday the first day and so on. Each weekday takes its day
/// only when the day falls on it, so a list that does not pair (a count or a weekday that disagrees) keeps its reading.
/// </summary>
internal sealed class BracketedWeekdayDates(TimeToken[] tokens)
{
    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 0; k < resolved.Count; k++)
        {
            if (resolved[k].Parse.Meaning is not WeekdayRef) continue;
            var last = k;
            while (last + 1 < resolved.Count && resolved[last + 1].Parse.Meaning is WeekdayRef && resolved[last + 1].Parse.Start == resolved[last].Parse.End)
                last++;
            var count = last - k + 1;
            var open = resolved[last].Parse.End;
            if (!IsOpenBracket(open) || last + count >= resolved.Count)
            {
                k = last;
                continue;
            }
            if (resolved[last + 1].Parse.Start != open + 1 || !DaysPair(resolved, k, count))
            {
                k = last;
                continue;
            }
            for (var n = 0; n < count; n++)
                resolved[k + n] = (resolved[k + n].Parse, resolved[last + 1 + n].Resolved);
            k = last;
        }
    }

    // The n days after the bracket are days (one a day of the month), each on the weekday in the same place.
    private static bool DaysPair(List<(Parse Parse, Resolved? Resolved)> resolved, int first, int count)
    {
        for (var n = 0; n < count; n++)
        {
            var weekday = (WeekdayRef)resolved[first + n].Parse.Meaning;
            if (resolved[first + count + n].Resolved is not { Granularity: TimeGranularity.Day, Date: { } day }
                || IsoWeekday.Of(day) != weekday.IsoDay) return false;
        }
        return true;
    }

    private bool IsOpenBracket(int i) => i < tokens.Length && tokens[i].Kind == TimeTokenKind.Punct && tokens[i].Key == "(";
}
