using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// Times that take their day from the story rather than from the publication date:
/// <list type="bullet">
/// <item>a clock time written without a day («ستكون المباراة عند السابعة مساء») is on the day its sentence names,
/// before it or after it («في الساعة العاشرة صباحاً، حين أقلعت الرحلة صباح الثالث من يونيو»), else on the last day
/// the text dated before it («في 12 آب المقبل»), within <see cref="Reach"/> sentences;</item>
/// <item>with no such day, a clock time near a recurrence («خدمة يومية … تقلع الرحلة في الساعة 8:20») is a timetable's
/// time of day and carries no date (T08:20), as a range of hours does, and so does one «من صباح اليوم التالي» (of the
/// day after an undated one); otherwise the publication day stands, as it does for a wire's closing stamp, a clock
/// alone on the text's last line («// انتهى //⏎ 11:57 ت م»);</item>
/// <item>a range of hours right after a day («اليوم الإثنين من العاشرة صباحًا وحتى الثانية عشرة ظهرًا») or a part of
/// a day («مساء السبت من الثالثة عصرا حتى السادسة مساء») is on that day;</item>
/// <item>a part of the day alone as an adverb («أقيمت ظهراً») is on that same story day, and no time without one;</item>
/// <item>«آنذاك», «حينها», «يومها», «منذ ذلك الحين» (then; relative.tsv, category anaphoric) are the last date the text
/// gave, at its granularity; with none, a past reference, and «في حينه» («in due course») no time; «في ذلك العام»،
/// «تلك السنة» the year of the last day, month or year it gave before the date right before it («يوليو من ذلك العام»).</item>
/// </list>
/// </summary>
internal sealed class StoryAnaphora(TimeToken[] tokens, int[] sentenceOf)
{
    // A story names its event day once and then its programme, sentences later (a match: date, tickets, kick-off).
    private const int Reach = 8;

    // «هذه الفترة» points back to a stretch in its own sentence or the one before; farther back it is the present.
    private const int StretchReach = 1;

    // A timetable states its service («رحلات يومية») and then its hours, a sentence or two on.
    private const int ScheduleReach = 2;

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 0; k < resolved.Count; k++)
        {
            var (parse, r) = resolved[k];
            if (r is null) continue;
            if (parse.Meaning is ClockTime { Day: null } clock && r.Value.Length >= 16 && r.Value[10] == 'T')
            {
                if (ClosingStamp(parse)) continue;
                if (StoryDay(resolved, k) is { } storyDay)
                {
                    var day = clock.NextDay ? storyDay.AddDays(1) : storyDay;
                    var hour = AfterEarlierHour(resolved, k, clock, day) ? clock.Hour + 12 : clock.Hour;
                    resolved[k] = (parse, r with
                    {
                        Value = $"{IsoFormat.Day(day)}T{hour:00}:{clock.Minute:00}", Anchor = day, Date = day, Flags = [.. r.Flags, TimeFlags.EventRelative],
                    });
                }
                else if (clock.NextDay || NearRecurrence(resolved, k))
                    resolved[k] = (parse, r with { Value = r.Value[10..], Anchor = null, Date = null, Flags = [.. r.Flags.Where(f => f != TimeFlags.DateFromAnchor)] });
            }
            else if (parse.Meaning is DateRange { From: ClockTime { Day: null } open, To: ClockTime { Day: null } close } && k > 0
                     && resolved[k - 1].Parse.End >= parse.Start - 1
                     && resolved[k - 1].Resolved is { Granularity: TimeGranularity.Day or TimeGranularity.PartOfDay, Date: { } named })
            {
                var on = IsoFormat.Day(named);
                var end = IsoFormat.Day(close.Hour * 60 + close.Minute < open.Hour * 60 + open.Minute ? named.AddDays(1) : named);
                resolved[k] = (parse, r with
                {
                    Value = $"{on}T{open.Hour:00}:{open.Minute:00}/{end}T{close.Hour:00}:{close.Minute:00}",
                    Anchor = named, Date = named, Flags = [.. r.Flags, TimeFlags.EventRelative],
                });
            }
            // «أقيمت الفترة الثانية ظهراً»: a part of the day alone is on the story's day, as a clock time without one;
            // with no day in the story it is a habit («تنخفض الحرارة ليلا») and no time.
            else if (parse.Rule == "part.bare" && parse.Meaning is PartOfDay bare)
                resolved[k] = (parse, StoryDay(resolved, k) is { } partDay
                    ? r with { Value = $"{IsoFormat.Day(partDay)}T{bare.Part}", Anchor = partDay, Date = partDay, Flags = [.. r.Flags, TimeFlags.EventRelative] }
                    : null);
            else if (parse.Rule == RelativeRules.AnaphoricYearRule)
            {
                // «في 26 يوليو من ذلك العام»: the day or month right before it is of that year, not the year it names.
                var j = k - 1;
                while (j >= 0 && OfTheYearAfter(resolved[j].Parse.End, parse.Start)) j--;
                var then = j < 0 ? null : Last(resolved, j + 1, g => g.Type == TimexType.Date && g.Granularity is TimeGranularity.Day or TimeGranularity.Month or TimeGranularity.Year);
                // A year is its own value whole (a year before the era, BC0586, is longer than four characters).
                if (then is not null)
                    resolved[k] = (parse, then with { Value = then.Granularity == TimeGranularity.Year ? then.Value : then.Value[..4],
                        Granularity = TimeGranularity.Year, Flags = [.. then.Flags, TimeFlags.EventRelative] });
            }
            else if (parse.Rule == RelativeRules.ThisStretchRule)
                resolved[k] = (parse, ThisStretch(resolved, k, r));
            else if (parse.Rule is "anaphoric" or RelativeRules.StoryAnaphoricRule)
            {
                var then = Last(resolved, k, g => g.Granularity is TimeGranularity.Day or TimeGranularity.Month or TimeGranularity.Year or TimeGranularity.Decade && g.Type == TimexType.Date);
                if (then is not null) resolved[k] = (parse, then with { Flags = [.. then.Flags, TimeFlags.EventRelative] });
                // «سيتم الإعلان عن الفائزين في حينه»: with no date before it, «في حينه» is «in due course», no time.
                else if (parse.Rule == RelativeRules.StoryAnaphoricRule) resolved[k] = (parse, null);
            }
        }
    }

    /// <summary>«يوليو من ذلك العام»، «30 اكتوبر (تشرين الاول) تلك السنة»: nothing but «من» between a date and the year.</summary>
    private bool OfTheYearAfter(int end, int start)
    {
        for (var i = end; i < start; i++)
            if (!(tokens[i].IsWord && tokens[i].Key == Glue.Min)) return false;
        return end <= start;
    }

    /// <summary>
    /// «… // انتهى //⏎ 11:57 ت م»: a clock alone on the text's last line (no word before it on its line, none after it)
    /// is the wire's closing stamp, the time the text was filed on its own day, not a time of the story it told.
    /// </summary>
    private bool ClosingStamp(Parse parse)
    {
        for (var i = parse.Start - 1; i >= 0 && sentenceOf[i] == sentenceOf[parse.Start]; i--)
            if (tokens[i].IsWord || tokens[i].IsNumber) return false;
        // Its zone may follow as letters («ت م», Mecca time; «ت غ», Greenwich).
        for (var i = parse.End; i < tokens.Length; i++)
            if (tokens[i].IsWord && tokens[i].Key.Length > 1 || tokens[i].IsNumber) return false;
        return true;
    }

    /// <summary>
    /// «أتت الساعة العاشرة صباحًا … ثم عادت في الساعة السادسة»: an hour with no part of the day that would fall before a
    /// clock time the story already gave on the same day is the afternoon's.
    /// </summary>
    private static bool AfterEarlierHour(List<(Parse Parse, Resolved? Resolved)> resolved, int k, ClockTime clock, DateOnly day)
    {
        if (!clock.HalfOfDayOpen) return false;
        for (var j = k - 1; j >= 0; j--)
            if (resolved[j].Resolved is { Type: TimexType.Time, Date: { } on, Value: var v } && on == day && v.Length >= 16 && v[10] == 'T'
                && int.TryParse(v.AsSpan(11, 2), out var earlier))
                return earlier > clock.Hour;
        return false;
    }

    /// <summary>The day of a clock time's story: its own sentence's day before it, then after it, then an earlier sentence's.</summary>
    private DateOnly? StoryDay(List<(Parse Parse, Resolved? Resolved)> resolved, int k)
    {
        var sentence = sentenceOf[resolved[k].Parse.Start];
        var before = LastIndex(resolved, k, IsDay);
        if (before >= 0 && sentenceOf[resolved[before].Parse.Start] == sentence) return resolved[before].Resolved!.Date;
        for (var j = k + 1; j < resolved.Count && sentenceOf[resolved[j].Parse.Start] == sentence; j++)
            if (resolved[j].Resolved is { } after && IsDay(after)) return after.Date;
        return before >= 0 ? resolved[before].Resolved!.Date : null;
    }

    // A day the story is on: a dated day, or a clock time on a written day («يوم الجمعة 31 يوليو في الساعة العاشرة»).
    private static bool IsDay(Resolved r) =>
        r.Date is not null && (r.Type == TimexType.Date && r.Granularity == TimeGranularity.Day
                               || r.Type == TimexType.Time && !r.Flags.Contains(TimeFlags.DateFromAnchor));

    /// <summary>
    /// «هذه الفترة» is the present (PRESENT_REF: «قال أمس إن الطلب يرتفع في هذه الفترة») unless its sentence or the one
    /// before names a stretch or a length («بين 1993 و2009 … خلال هذه الفترة», «خلال أسبوعين … خلال هذه الفترة»): then it
    /// points back and has no time of its own. Taking the nearest stretch as its value was right about half the time on
    /// SaudiNewsNet (time37: 7 of 14 read; a comparison's year, a week beside a five-year length), a wrong date an analyst
    /// would trust; the stretch itself is already tagged.
    /// </summary>
    private Resolved? ThisStretch(List<(Parse Parse, Resolved? Resolved)> resolved, int k, Resolved present)
    {
        for (var j = k - 1; j >= 0 && SentencesBetween(resolved[j].Parse.Start, resolved[k].Parse.Start) <= StretchReach; j--)
            if (resolved[j].Resolved is { } before && (IsStretch(before) || before.Type == TimexType.Duration)) return null;
        return present;
    }

    // A stretch of time a text names: a dated period longer than a day («الربع الأول من 2015»، «عام 2011») or a range.
    private static bool IsStretch(Resolved r) =>
        r.Type == TimexType.Date && (r.Granularity is TimeGranularity.Week or TimeGranularity.Month or TimeGranularity.Quarter
            or TimeGranularity.HalfYear or TimeGranularity.Year or TimeGranularity.Decade or TimeGranularity.Century || r.Value.Contains('/'));

    private bool NearRecurrence(List<(Parse Parse, Resolved? Resolved)> resolved, int k)
    {
        for (var j = k - 1; j >= 0; j--)
            if (resolved[j].Resolved is { Type: TimexType.Set })
                return SentencesBetween(resolved[j].Parse.Start, resolved[k].Parse.Start) <= ScheduleReach;
        return false;
    }

    // Sentences with words from token a's to token b's, not counting the empty lines between paragraphs.
    private int SentencesBetween(int a, int b)
    {
        var count = 0;
        for (int i = a + 1, last = sentenceOf[a]; i <= b; i++)
            if (tokens[i].IsWord && sentenceOf[i] != last) { count++; last = sentenceOf[i]; }
        return count;
    }

    private Resolved? Last(List<(Parse Parse, Resolved? Resolved)> resolved, int k, Func<Resolved, bool> wanted) =>
        LastIndex(resolved, k, wanted) is var j and >= 0 ? resolved[j].Resolved : null;

    private int LastIndex(List<(Parse Parse, Resolved? Resolved)> resolved, int k, Func<Resolved, bool> wanted)
    {
        var sentence = sentenceOf[resolved[k].Parse.Start];
        for (var j = k - 1; j >= 0; j--)
        {
            var (parse, r) = resolved[j];
            if (sentenceOf[parse.Start] < sentence - Reach) return -1;
            if (r is not null && wanted(r)) return j;
        }
        return -1;
    }
}
