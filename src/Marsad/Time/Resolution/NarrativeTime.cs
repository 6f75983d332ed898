using Marsad.LanguageData;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// What the text's own story anchors, after each expression is resolved against the publication date:
/// <list type="bullet">
/// <item>«في اليوم نفسه/ذاته/التالي» and «العام التالي» count from the last date the text gave before them, not from today,
/// and so does «بعد عام» after a past year its sentence wrote («في 2008 وبعد عام», <see cref="StoryShift"/>);</item>
/// <item>a quantity «في اليوم/الأسبوع» (ثلاث وجبات في اليوم) is a rate, TIMEX3 SET;</item>
/// <item>«في مثل هذا اليوم» is the same day of another year, not today;</item>
/// <item>a time word inside a name (اليوم السابع، صحيفة الغد, Resources/Time/not-time-names.tsv; «قناة روسيا اليوم» but not «في
/// روسيا اليوم») is no time,
/// nor «اليوم» in an outlet's name in a byline or quotes (<see cref="OutletNames"/>);</item>
/// <item>«اليوم» in a generic present statement is "nowadays", PRESENT_REF (<see cref="NowadaysToday"/>);</item>
/// <item>a day of a month without a year after a date of that month and another year in its sentence is of that year;</item>
/// <item>a Hijri day «الموافق» a Gregorian one is that written day (<see cref="CorrespondingDates"/>);</item>
/// <item>weekdays followed by their days in brackets are those days (<see cref="BracketedWeekdayDates"/>);</item>
/// <item>«الشهر ذاته/نفس الفترة من العام الماضي» is the story's period in that year, and a half written alone one of the
/// year of the text's other half (<see cref="SamePeriods"/>);</item>
/// <item>«أمس»، «هذا الصباح» in quoted speech count from the day the lead gave (<see cref="QuotedSpeechDay"/>);</item>
/// <item>a clock time without a day and «آنذاك» take the story's last date (<see cref="StoryAnaphora"/>).</item>
/// </list>
/// One instance per text; works on the recognizer's tokens and parse list in place.
/// </summary>
internal sealed class NarrativeTime(TimeToken[] tokens, int[] sentenceOf, TimeLexicon lexicon)
{
    // The names by their first word, so a token is looked up once (by its key and each clitic reading) instead of
    // being compared with every name.
    private static readonly Lazy<Dictionary<string, (string[] Words, bool Place)[]>> s_namesByFirstWord = new(() =>
        LanguageFile.DataLines("Time", "not-time-names.tsv")
            .Select(l => l.Text.Split('\t'))
            .Select(f => (Words: f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MatchingKey.Of).ToArray(), Place: f.Length > 1 && f[1].Trim() == "place"))
            .GroupBy(name => name.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> s_outletNouns = new(() =>
        LanguageFile.DataLines("Time", "outlet-nouns.tsv").Select(l => MatchingKey.Of(l.Text.Trim())).ToHashSet(StringComparer.Ordinal));

    private static readonly Dictionary<string, string> s_ratePeriods = new(StringComparer.Ordinal)
    {
        ["اليوم"] = "P1D", ["الاسبوع"] = "P1W", ["الشهر"] = "P1M", ["العام"] = "P1Y", ["السنه"] = "P1Y",
        // «300 كيلومتر في الساعة»، «107 آلاف طائف في الساعة»: a speed or a flow per hour (TIMEX3 SET PT1H); a clock
        // reading after it («في الساعة العاشرة»، «في الساعة (11)») makes it a time of day (AddRates).
        ["الساعه"] = "PT1H",
    };

    private static readonly Lazy<string[][]> s_anniversary = new(() =>
        [.. LanguageFile.DataLines("Time", "anniversary.tsv").Select(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MatchingKey.Of).ToArray())]);

    private static readonly HashSet<string> s_times = new(StringComparer.Ordinal) { "مره", "مرتين", "مرات", "مرتان" };

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved, DateOnly? anchor)
    {
        DropNames(resolved);
        DropQuotedWords(resolved);
        new OutletNames(tokens).Apply(resolved);
        new NowadaysToday(tokens, sentenceOf, anchor).Apply(resolved);
        AddRates(resolved);
        new FutureWeekday(tokens, sentenceOf, lexicon).Apply(resolved);
        SameWeekdayAsNamed(resolved);
        SameDateAsWritten(resolved);
        new NamedEventDates(tokens).Apply(resolved);
        YearOfTheSentence(resolved);
        PastVerbMonth(resolved);
        new CorrespondingDates(tokens).Apply(resolved);
        new BracketedWeekdayDates(tokens).Apply(resolved);
        for (var k = 0; k < resolved.Count; k++)
            if (resolved[k].Resolved is not null && StoryDay(resolved, k) is { } story) resolved[k] = story;
            // «العام الذي سبقه» with no date before it to count from is no known year (a generic «no year differed from
            // the one before»), never this one.
            // «منذ اليوم الأول لانطلاقه»: an operator on a numbered day of an event is not counted (the day is unknown here).
            else if (resolved[k].Parse.Rule is RelativeRules.PeriodStoryRule or RelativeRules.SameStoryRule or RelativeRules.EventDayRule
                     || resolved[k].Parse.Rule.EndsWith("." + RelativeRules.EventDayRule, StringComparison.Ordinal)) resolved[k] = (resolved[k].Parse, null);
        new StoryShift(tokens, sentenceOf, lexicon).Apply(resolved);
        for (var k = 0; k < resolved.Count; k++)
            if (resolved[k].Resolved is not null && SameDayOfAnotherYear(resolved, k) is { } day) resolved[k] = day;
        new QuotedSpeechDay(tokens, sentenceOf).Apply(resolved);
        new SamePeriods(tokens, sentenceOf, lexicon).Apply(resolved);
        new StoryAnaphora(tokens, sentenceOf).Apply(resolved);
        resolved.RemoveAll(p => p.Resolved is null && p.Parse.Meaning is not EventRelative);
    }

    /// <summary>
    /// «في مثل هذا اليوم»: the same day of another year. With «من عام 2015» after it, that day of 2015 (the year's
    /// expression joins this one); else the day the story is at (the last date the text gave), or the anchor's month and
    /// day in an unknown year (XXXX-MM-DD), never today.
    /// </summary>
    private (Parse, Resolved)? SameDayOfAnotherYear(List<(Parse Parse, Resolved? Resolved)> resolved, int k)
    {
        var (parse, r) = resolved[k];
        if (parse.Meaning is not Shift { Unit: TimeUnit.Day, Amount: 0 } || parse.End - parse.Start != 1) return null;
        var phrase = s_anniversary.Value.FirstOrDefault(words => parse.Start >= words.Length
            && words.Select((w, n) => tokens[parse.Start - words.Length + n].IsWord && tokens[parse.Start - words.Length + n].Key == w).All(x => x));
        if (phrase is null) return null;
        var start = parse.Start - phrase.Length;
        var story = LastStoryDate(resolved, start, TimeUnit.Day);
        var day = story ?? r!.Anchor;
        // «من عام 2015» / «من 2015» right after: that year.
        if (parse.End + 1 < tokens.Length && tokens[parse.End].IsWord && tokens[parse.End].Key == "من")
        {
            var year = resolved.FindIndex(p => p.Parse.Start == parse.End + 1 && p.Resolved is { Granularity: TimeGranularity.Year } y && y.Value.Length == 4);
            if (year >= 0 && day is { } d && int.TryParse(resolved[year].Resolved!.Value, out var y))
            {
                var date = new DateOnly(y, d.Month, Math.Min(d.Day, DateTime.DaysInMonth(y, d.Month)));
                var joined = (parse with { Start = start, PrefixLength = 0, End = resolved[year].Parse.End, Rule = "anniversary.year" },
                    r! with { Value = IsoFormat.Day(date), Anchor = d, Date = date, Granularity = TimeGranularity.Day });
                resolved[year] = (resolved[year].Parse, null);
                return joined;
            }
        }
        if (story is { } s)
            return (parse with { Start = start, PrefixLength = 0, Rule = "anniversary+story" },
                r! with { Value = IsoFormat.Day(s), Anchor = s, Date = s, Flags = [.. r.Flags, TimeFlags.EventRelative] });
        var value = day is { } a ? $"XXXX-{a.Month:00}-{a.Day:00}" : "XXXX-XX-XX";
        return (parse with { Start = start, PrefixLength = 0, Rule = "anniversary" }, r! with { Value = value, Date = null });
    }

    /// <summary>The latest date the text gave before token <paramref name="before"/> (same or previous sentence), at least as fine as <paramref name="unit"/>.</summary>
    public DateOnly? LastStoryDate(List<(Parse Parse, Resolved? Resolved)> resolved, int before, TimeUnit unit)
    {
        for (var k = resolved.Count - 1; k >= 0; k--)
        {
            var (parse, r) = resolved[k];
            if (parse.End > before || r is not { Type: TimexType.Date } || DateOf(r) is not { } date) continue;
            if (sentenceOf[parse.Start] < sentenceOf[before] - 1) return null;
            var fineEnough = unit switch
            {
                TimeUnit.Day => r.Granularity == TimeGranularity.Day,
                TimeUnit.Month or TimeUnit.Week => r.Granularity is TimeGranularity.Day or TimeGranularity.Month,
                _ => true,
            };
            if (fineEnough) return date;
        }
        return null;
    }

    // A resolved date as a day: its own, or the first day of the year or month its value names (1987 → 1987-01-01).
    private static DateOnly? DateOf(Resolved r)
    {
        if (r.Date is { } date) return date;
        var v = r.Value;
        if (v.Length >= 4 && int.TryParse(v.AsSpan(0, 4), out var year) && year > 0
            && (v.Length == 4 || v.Length == 7 && v[4] == '-' && int.TryParse(v.AsSpan(5, 2), out _)))
            return new DateOnly(year, v.Length == 7 ? int.Parse(v.AsSpan(5, 2)) : 1, 1);
        return null;
    }

    private void DropNames(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        if (resolved.Count == 0) return;
        var names = s_namesByFirstWord.Value;
        for (var i = 0; i < tokens.Length; i++)
        {
            // The first word matches by its key or by a reading with clitics taken off (the key is reading 0).
            if (!tokens[i].IsWord) continue;
            foreach (var (word, _) in tokens[i].Readings)
            {
                if (!names.TryGetValue(word, out var candidates)) continue;
                // «في العراق اليوم» is the place and the day; «قناة العراق اليوم» the outlet.
                foreach (var (name, place) in candidates)
                    if (i + name.Length <= tokens.Length && RestMatches(i, name) && (!place || AfterOutletNoun(i))) RemoveInName(resolved, i, i + name.Length);
            }
        }
    }

    // A noun of an outlet (Resources/Time/outlet-nouns.tsv) right before token <paramref name="i"/>.
    private bool AfterOutletNoun(int i) =>
        i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Readings.Any(r => s_outletNouns.Value.Contains(r.Word));

    /// <summary>
    /// A time word alone between quotation marks is a title or a name: «اليوم» the newspaper, «غدا» a film.
    /// </summary>
    private void DropQuotedWords(List<(Parse Parse, Resolved? Resolved)> resolved) =>
        resolved.RemoveAll(p => p.Parse.End - p.Parse.Start == 1 && p.Parse.Start > 0 && p.Parse.End < tokens.Length
            && IsQuote(tokens[p.Parse.Start - 1]) && IsQuote(tokens[p.Parse.End]));

    internal static bool IsQuote(TimeToken token) =>
        token.Kind == TimeTokenKind.Punct && token.Key is "«" or "»" or "\"" or "“" or "”";

    /// <summary>
    /// «قبل موقعة الأحد المقبل … في مباراة الأحد»: a bare weekday the text has already named with a direction is that
    /// same day, not the latest one before the publication date; so is one the text named earlier as a coming day
    /// (<see cref="FutureWeekday"/>: «يصوت المجلس يوم الأربعاء … كيفية التصويت يوم الأربعاء»). A bare weekday its own
    /// clause reads as coming is not a past one named before («اختفت الأحد الماضي … البحث سيتواصل حتى الأحد»).
    /// </summary>
    /// <summary>The rule of a bare weekday read as the coming one the text named before it.</summary>
    internal const string NamedComingRule = "weekday.named-coming";

    private void SameWeekdayAsNamed(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 1; k < resolved.Count; k++)
        {
            if (resolved[k].Parse.Meaning is not WeekdayRef { Direction: null } bare || resolved[k].Resolved is null) continue;
            for (var j = k - 1; j >= 0; j--)
                if (resolved[j].Parse.Meaning is WeekdayRef named && named.IsoDay == bare.IsoDay && resolved[j].Resolved is { } r
                    && (named.Direction is not null || r is { Date: { } day, Anchor: { } anchor } && day > anchor && !TellsPast(resolved[k].Parse))
                    && !(r is { Date: { } past, Anchor: { } before } && past < before && resolved[k].Resolved is { Date: { } coming, Anchor: { } from } && coming > from))
                {
                    var own = resolved[k];
                    var parse = named.Direction is null && own.Resolved!.Value != r.Value ? own.Parse with { Rule = NamedComingRule } : own.Parse;
                    resolved[k] = (parse, r with { Flags = own.Resolved!.Flags });
                    break;
                }
        }
    }

    /// <summary>
    /// «وصرح نائب رئيس الوزراء الأربعاء»، «الأحكام التي صدرت الجمعة»، «تعتقل منذ الجمعة»: a bare weekday after «منذ», or
    /// whose nearest verb before it in its sentence is a perfect (<see cref="PerfectVerb"/>), tells a past event even after
    /// the text named the same weekday as coming. The search stops at «أن/إن», which opens reported speech («قال إن
    /// مباراة الأربعاء…»), and at an imperfect verb (<see cref="ImperfectVerbShape.IsImperfect"/>).
    /// </summary>
    private bool TellsPast(Parse weekday, int reach = PastVerbReach)
    {
        if (weekday.Flags.Contains(TimeFlags.Since)) return true;
        var words = 0;
        for (var i = weekday.Start - 1; i >= 0 && sentenceOf[i] == sentenceOf[weekday.Start] && words < reach; i--)
        {
            if (!tokens[i].IsWord) continue;
            words++;
            var key = tokens[i].Key;
            if (key == Glue.An || ImperfectVerbShape.IsImperfect(key) || FutureTense.Marks(key)) return false;
            if (PerfectVerb.Marks(key)) return true;
        }
        return false;
    }

    // A verb, its subject of a few words and the object («ابلغت رئيس الوزراء الباكستاني نواز شريف الاثنين»).
    private const int PastVerbReach = 8;

    /// <summary>
    /// «هجمات 11 سبتمبر (أيلول) عام 2001 … بعد هجمات 11 سبتمبر»: a day and month without a year that the text has
    /// already written with its year is that same date, not the one nearest the publication date.
    /// </summary>
    private static void SameDateAsWritten(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 1; k < resolved.Count; k++)
        {
            if (resolved[k].Parse.Meaning is not CalendarDate { Year: null, YearShift: null, MonthDirection: null, Hijri: false, Month: { } month, Day: { } day }
                || resolved[k].Resolved is not { } open) continue;
            for (var j = k - 1; j >= 0; j--)
                if (resolved[j].Parse.Meaning is CalendarDate { Year: not null, Hijri: false } written && written.Month == month && written.Day == day
                    && resolved[j].Resolved is { Date: { } date } r)
                {
                    resolved[k] = (resolved[k].Parse, open with { Value = r.Value, Date = date, Anchor = null, Flags = [.. open.Flags.Where(f => f != TimeFlags.YearInferred)] });
                    break;
                }
        }
    }

    /// <summary>
    /// «في الثلاثين من يونيو لعام 2007 … وفي التاسع والعشرين من يونيو»: a day of a month without a year after a date
    /// of that month written with another year in the same sentence is of that year; the sentence tells one story. A
    /// day of another month keeps the year nearest the anchor («في 3 مايو 2021 ثم في 5 سبتمبر» may come to the present).
    /// </summary>
    private void YearOfTheSentence(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 1; k < resolved.Count; k++)
        {
            if (resolved[k].Parse.Meaning is not CalendarDate { Year: null, YearShift: null, MonthDirection: null, Hijri: false, Month: { } month, Day: not null } open
                || resolved[k].Resolved is not { Date: { } guessed }) continue;
            for (var j = k - 1; j >= 0 && sentenceOf[resolved[j].Parse.Start] == sentenceOf[resolved[k].Parse.Start]; j--)
            {
                if (resolved[j].Parse.Meaning is not CalendarDate { Year: not null, Day: not null, Hijri: false } earlier || resolved[j].Resolved is not { Date: { } written }) continue;
                if (earlier.Month == month && written.Year != guessed.Year && TimeResolver.Resolve(open with { Year = written.Year }, null) is { } dated)
                    resolved[k] = (resolved[k].Parse with { Rule = "date.sentence-year" }, dated);
                break;
            }
        }
    }

    // «في», then the object and the subject: the words back to the verb.
    private const int PastVerbMonthReach = 4;

    /// <summary>
    /// «أبرمت الشركة العقد في نوفمبر»: a month (or a day of it) without a year after «في», whose clause tells a past act
    /// (<see cref="TellsPast"/>: a perfect verb at most a subject and an object before «في», no «أن» or imperfect
    /// between), is the last such month before the anchor, not the coming one the nearest-date rule picks when it lies
    /// a few months ahead. Farther from the verb the month dates a noun of the clause, often a plan («وافقت على طلب
    /// عقد مؤتمر عام في أيلول»، «رفعت أسعار شحنات النفط إلى آسيا في أيلول»: the month the shipments load).
    /// </summary>
    private void PastVerbMonth(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 0; k < resolved.Count; k++)
        {
            var (parse, r) = resolved[k];
            if (parse.Meaning is not CalendarDate { Year: null, YearShift: null, MonthDirection: null, MonthShift: null, Hijri: false, Month: not null } open
                || r is not { Date: { } guessed, Anchor: { } anchor } || guessed <= anchor || parse.PrefixLength > 0
                || parse.Start == 0 || !tokens[parse.Start - 1].IsWord || CliticSegmenter.WithoutConjunction(tokens[parse.Start - 1].Key, 2) != Glue.Fi
                || !TellsPast(parse, PastVerbMonthReach) || TimeResolver.Resolve(open with { Year = guessed.Year - 1 }, anchor) is not { } past) continue;
            resolved[k] = (parse with { Rule = parse.Rule + "+past-verb" }, past with { Flags = r.Flags });
        }
    }

    private static void RemoveOverlapping(List<(Parse Parse, Resolved? Resolved)> resolved, int start, int end) =>
        resolved.RemoveAll(p => p.Parse.Start < end && p.Parse.End > start);

    /// <summary>
    /// Drops the times a name holds; a time that goes on past the name's end is a date that shares its first word with
    /// the name's last («في تركيا اليوم الأحد», «أعلنت روسيا اليوم الخميس»): the weekday makes it a day, not the outlet.
    /// </summary>
    private static void RemoveInName(List<(Parse Parse, Resolved? Resolved)> resolved, int start, int end) =>
        resolved.RemoveAll(p => p.Parse.Start < end && p.Parse.End > start && p.Parse.End <= end);

    // The words after the first, each by its key.
    private bool RestMatches(int at, string[] name)
    {
        for (var w = 1; w < name.Length; w++)
            if (!tokens[at + w].IsWord || tokens[at + w].Key != name[w]) return false;
        return true;
    }

    /// <summary>
    /// «ثلاث وجبات في اليوم»، «مرتين في الأسبوع»، «مليون برميل باليوم»: a quantity up to three words before في (or the
    /// ب joined to the noun) and a period noun with no direction after it.
    /// </summary>
    private void AddRates(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord) continue;
            string? period;
            int noun;
            if (tokens[i].Key == Glue.Fi && i + 1 < tokens.Length && s_ratePeriods.TryGetValue(tokens[i + 1].Key, out period)) noun = i + 1;
            else if (tokens[i].Key.Length > 1 && tokens[i].Key[0] == 'ب' && s_ratePeriods.TryGetValue(tokens[i].Key[1..], out period)) noun = i;
            else continue;
            // «ثلاثة مرشحين في الشهر الماضي»، «مرتين في العام 2014»: a direction, a story word or a year makes it that
            // one period, not a rate.
            if (lexicon.Relative.TryMatch(tokens, noun + 1, out var which) && which.PrefixLength == 0 && which.Value.Category == "direction"
                || noun + 1 < tokens.Length && (lexicon.StoryWordAt(tokens, noun + 1).Length > 0 || tokens[noun + 1].IsNumber
                    // «في اليوم الثاني للحملة»: an ordinal after it names one day of something.
                    || lexicon.Numbers.TryWord(tokens[noun + 1].Key, out var ordinal) && (ordinal.Kind == "ordinal" || period == "PT1H")
                    || period == "PT1H" && tokens[noun + 1].Kind == TimeTokenKind.Punct && tokens[noun + 1].Key == "(")) continue;
            var quantity = false;
            // «371 شخصا، في 25 ولاية، في اليوم»: the quantity is in the same phrase, no punctuation between.
            for (var q = i - 1; q >= Math.Max(0, i - 3) && sentenceOf[q] == sentenceOf[i] && tokens[q].Kind != TimeTokenKind.Punct && !quantity; q--)
                // An ordinal heading a construct («أول يوم في الأسبوع») counts nothing.
                quantity = tokens[q].IsNumber || s_times.Contains(tokens[q].Key)
                    || lexicon.Numbers.TryWord(tokens[q].Key, out var number) && number.Kind != "ordinal_head"
                    // «دولارين في اليوم»: a dual of a currency or unit counts itself.
                    || q == i - 1 && lexicon.Relative.TryMatch(tokens, q, out var unit) && unit.PrefixLength == 0 && unit.End == i && unit.Value.Category == "measure";
            if (!quantity) continue;
            resolved.RemoveAll(p => p.Parse.Start <= noun && p.Parse.End > i);
            var parse = new Parse(i, noun == i ? 1 : 0, noun + 1, new Recurrence(period), "rate");
            resolved.Add((parse, new Resolved(TimexType.Set, period, TimeGranularity.Set, null, [])));
        }
        resolved.Sort((a, b) => a.Parse.Start.CompareTo(b.Parse.Start));
    }

    /// <summary>«اليوم التالي»، «العام نفسه»، «العام الذي سبقه»: a day or period noun with a story word after it, counted from the story's last date.</summary>
    private (Parse, Resolved)? StoryDay(List<(Parse Parse, Resolved? Resolved)> resolved, int k)
    {
        var (parse, r) = resolved[k];
        if (parse.Meaning is not Shift shift) return null;
        // The story word is either the parse's last token (العام التالي) or the token right after it (اليوم نفسه).
        var last = parse.End - 1;
        int direction;
        var end = parse.End;
        if (parse.End - parse.Start == 1 && lexicon.StoryWordAt(tokens, parse.End) is { Length: > 0 } after)
        {
            direction = after.Direction;
            end = parse.End + after.Length;
        }
        else if (parse.End - parse.Start == 2 && lexicon.StoryWords.TryGetValue(tokens[last].Key, out var inside)) direction = inside;
        else if (parse.Rule is RelativeRules.SameStoryRule or RelativeRules.EventDayRule) direction = 0;
        else return null;
        if (LastStoryDate(resolved, parse.Start, shift.Unit) is not { } story) return null;
        var (date, value) = StoryShift.Counted(story, shift.Unit, direction);
        return (parse with { End = end, Rule = parse.Rule + "+story" },
            r! with { Value = value, Anchor = story, Date = date, Flags = [.. r.Flags, TimeFlags.EventRelative] });
    }
}
