using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>Times counted from the article or the story: deictic days, this/last/next period, decades, centuries, vague times.</summary>
internal sealed class RelativeRules(TimeToken[] tokens, TimeLexicon lexicon, NumberRules numbers, DateRules dates, SeasonRules seasons) : TimeRuleFamily(tokens, lexicon)
{
    /// <summary>
    /// Deictic days ([يوم] أمس، اليوم، غدا، أول أمس، بعد غد), a period with a direction (الأسبوع الماضي، السنة المقبلة،
    /// الشهر الجاري) and a demonstrative period (هذا العام).
    /// </summary>
    internal Parse? Relative(int i)
    {
        var at = i;
        var prefix = 0;
        var yawm = IsWordWithClitic(at, Glue.Yawm, out var yawmPrefix);
        if (yawm) { prefix = yawmPrefix; at++; }
        if (!yawm && SameAsStory(at) is { } same) return same;
        if (!lx.Relative.TryMatch(t, at, out var m)) return null;
        if (yawm && m.PrefixLength != 0) return null;
        if (!yawm) prefix = m.PrefixLength;
        switch (m.Value.Category)
        {
            case "deictic":
                // «لامس» (touched) and «بأمس الحاجة» (in direst need) are no ل/ب + أمس: the key folds the hamza away
                // («بالأمس» keeps its article and stays).
                if (!yawm && m.PrefixLength > 0 && t[at].Key[m.PrefixLength - 1] is 'ل' or 'ب' && m.End - at == 1 && t[at].Key.AsSpan(m.PrefixLength).SequenceEqual(Glue.Ams))
                    return null;
                // «في اليوم الذي تخلى فيه»، «صيام اليوم الواحد»: a day a clause or «الواحد» describes, not today.
                // «في اليوم الذي سبقه» is the story's day before (NarrativeTime counts it), not a described day.
                if (m.Value.Value == "0" && m.End < t.Length && lx.DayQualifiers.Contains(t[m.End].Key) && lx.StoryWordAt(t, m.End).Length != 2)
                    return !yawm ? EventDay(i, prefix, m.End) : null;
                var deictic = new Shift(TimeUnit.Day, int.Parse(m.Value.Value));
                // «أمس الإثنين»: one expression, the weekday checked against the day.
                if (lx.Weekdays.TryMatch(t, m.End, out var wd) && wd.PrefixLength == 0 && !wd.Value.NeedsDayWord)
                    return new Parse(i, prefix, wd.End, deictic with { Weekday = wd.Value.IsoDay }, "relative.deictic+weekday");
                return new Parse(i, prefix, m.End, deictic, DeicticRule);
            // «المدير العام السابق»: after such a noun «العام» is "general", no year.
            case "period" when !yawm && m.Value.Value == "Y" && i > 0 && t[i - 1].IsWord && t[i - 1].Readings.Any(r => lx.GeneralBefore.Contains(r.Word)):
                return null;
            case "period" when !yawm:
                if (lx.Relative.TryMatch(t, m.End, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
                    return new Parse(i, prefix, dir.End, new Shift(Unit(m.Value.Value), int.Parse(dir.Value.Value)), "relative.period-direction");
                // «خلال العام المالي الحالي»: a financial year with a direction is reported as that calendar year.
                if (FiscalDirection(m.End) is { } fiscal)
                    return new Parse(i, prefix, fiscal.End, new Shift(Unit(m.Value.Value), int.Parse(fiscal.Value.Value)), "relative.fiscal-direction");
                // «الأسبوع قبل الماضي»: the one before last.
                if (IsKey(m.End, Glue.Qabl) && lx.Relative.TryMatch(t, m.End + 1, out var last) && last.PrefixLength == 0
                    && last.Value is { Category: "direction", Value: "-1" })
                    return new Parse(i, prefix, last.End, new Shift(Unit(m.Value.Value), -2), "relative.period-before-last");
                // «مقارنة بالعام الذي سبقه»: the period a relative clause counts from the story's (NarrativeTime.StoryDay).
                if (lx.StoryWordAt(t, m.End).Length == 2)
                    return new Parse(i, prefix, m.End, new Shift(Unit(m.Value.Value), 0), PeriodStoryRule);
                return null;
            case "demonstrative" when !yawm:
                if (lx.Relative.TryMatch(t, m.End, out var period) && period.PrefixLength == 0 && period.Value.Category == "period")
                    return new Parse(i, prefix, period.End, new Shift(Unit(period.Value.Value), 0), "relative.this-period");
                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// «في نفس العام»، «بذات اليوم»: the same word before a period noun or «اليوم» is the story's period, as «العام نفسه»
    /// after it (NarrativeTime.StoryDay counts it from the story's last date; no time without one). Before «من» a year
    /// it is the same period of another year (SamePeriods: «نفس الشهر من العام الماضي»), so not read here.
    /// </summary>
    private Parse? SameAsStory(int at)
    {
        if (at + 1 >= t.Length || !t[at].IsWord || t[at].Readings.FirstOrDefault(r => lx.SameBefore.Contains(r.Word)) is not { Word: not null } same) return null;
        if (!lx.Relative.TryMatch(t, at + 1, out var noun) || noun.PrefixLength != 0 || IsKey(noun.End, Glue.Min)) return null;
        var unit = noun.Value switch
        {
            { Category: "period" } => Unit(noun.Value.Value),
            { Category: "deictic", Value: "0" } => TimeUnit.Day,
            _ => (TimeUnit?)null,
        };
        return unit is { } u ? new Parse(at, same.PrefixLength, noun.End, new Shift(u, 0), SameStoryRule) : null;
    }

    /// <summary>The rule of «اليوم الثاني للحملة»: a numbered day of an event, the story's day; dropped with no story date.</summary>
    public const string EventDayRule = "relative.event-day";

    // «اليوم», «أمس» alone: the rule WritersDay reads a dateline by.
    public const string DeicticRule = "relative.deictic";

    /// <summary>
    /// «في اليوم الثاني للحملة»، «اليوم الخامس من المهرجان»: «اليوم», an ordinal and the event (after ل or «من») name one
    /// day of something the story follows, reported on the day the story last dated (NarrativeTime), not today. A time
    /// word after the ordinal («اليوم الأول من شهر رمضان»، «اليوم الثالث لعيد الفطر») is a calendar day, not read here.
    /// </summary>
    private Parse? EventDay(int i, int prefix, int at)
    {
        if (!numbers.Ordinal(at, out _, out var end, out var ordinalPrefix) || ordinalPrefix != 0 || end >= t.Length) return null;
        var ofEvent = IsKey(end, Glue.Min) ? end + 1 : end;
        if (ofEvent >= t.Length || !t[ofEvent].IsWord) return null;
        if (ofEvent == end && !t[ofEvent].Readings.Any(r => r.PrefixLength > 0 && t[ofEvent].Key[r.PrefixLength - 1] == 'ل')) return null;
        if (t[ofEvent].Readings.Any(r => lx.StartsWord(r.Word))) return null;
        return new Parse(i, prefix, end, new Shift(TimeUnit.Day, 0), EventDayRule);
    }

    /// <summary>The rule of «نفس العام»، «ذات اليوم»: the story's period, dropped with no story date.</summary>
    public const string SameStoryRule = "relative.same-story";

    /// <summary>The rule of a period noun a relative clause counts from the story («العام الذي سبقه»); dropped with no story date.</summary>
    public const string PeriodStoryRule = "relative.period-story";

    /// <summary>The rule of «في حينه»: «then» only after a date the story gave, else «in due course» and no time.</summary>
    public const string StoryAnaphoricRule = "anaphoric.story";

    /// <summary>«خلال هذه الفترة»: the stretch the story named in its sentence or the one before, else the present.</summary>
    public const string ThisStretchRule = "anaphoric.this-stretch";

    /// <summary>«في ذلك العام»، «تلك السنة»: the year of the story's last date.</summary>
    public const string AnaphoricYearRule = "anaphoric.year";

    /// <summary>The rule of a half of a year written alone («خلال النصف الأول»), kept only beside a half with its year.</summary>
    public const string BareHalfRule = "part-of-year.bare-half";

    /// <summary>The rule of «الربع السابق»، «النصف التالي»: a quarter or half counted from the story's; dropped with none.</summary>
    public const string PartOfYearStoryRule = "part-of-year.story";

    /// <summary>الربع الأول من العام، النصف الثاني من 2020، الربع الأخير من العام الماضي، الربع الثاني (TIMEX3 2021-Q1, 2020-H2).</summary>
    internal Parse? PartOfYearRef(int i)
    {
        char kind;
        int prefix;
        // «الفصل الأول من العام الماضي»: «الفصل» (also a season, a semester, a chapter) is a quarter only numbered and
        // of a Gregorian year with its direction or its number; «الفصل الأول من العام الدراسي» is a semester.
        var term = false;
        if (IsWordWithClitic(i, Glue.Rub, out prefix)) kind = 'Q';
        else if (IsWordWithClitic(i, Glue.Nisf, out prefix)) kind = 'H';
        else if (IsWordWithClitic(i, Glue.TheFasl, out prefix)) { kind = 'Q'; term = true; }
        else return null;
        int number, at;
        var ordinal = numbers.Ordinal(i + 1, out number, out at, out var ordinalPrefix) && ordinalPrefix == 0;
        if (ordinal) { }
        else if (IsKey(i + 1, Glue.Last)) { number = kind == 'Q' ? 4 : 2; at = i + 2; }
        // «مقارنة بالربع السابق»: the quarter before the one the statement is at, counted by SamePeriods.
        else if (!term && lx.StoryWordAt(t, i + 1) is { Length: > 0, Direction: not 0 } story)
            return new Parse(i, prefix, i + 1 + story.Length, new PartOfYear(kind, 0, new Shift(TimeUnit.Year, 0)) { StoryShift = story.Direction }, PartOfYearStoryRule);
        else return null;
        if (number < 1 || number > (kind == 'Q' ? 4 : 2)) return null;
        var of = IsKey(at, Glue.Min);
        if (of) at++;
        if (of && !term && PartOfMonth(i, prefix, kind, number, at) is { } monthPart) return monthPart;
        // «الربع الأخير من العام 2014»: a year written after «العام» is that year, read by YearPart below.
        if (of && lx.Relative.TryMatch(t, at, out var period) && period.PrefixLength == 0 && period.Value is { Category: "period", Value: "Y" }
            && !(IntAt(period.End) is not null && dates.YearPart(at, allowBare: true, out var written) && written.Year is not null))
        {
            var shift = 0;
            var end = period.End;
            if (lx.Relative.TryMatch(t, end, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
            {
                shift = int.Parse(dir.Value.Value);
                end = dir.End;
            }
            else if (term) return null;
            return new Parse(i, prefix, end, new PartOfYear(kind, number, new Shift(TimeUnit.Year, shift)), "part-of-year.relative");
        }
        // «الربع الثاني 2015»، «الربع الثاني لعام 2015»: the year may follow without «من».
        if (dates.YearPart(at, allowBare: true, out var year) && !(term && (!of || year.Hijri || year.Year is null && year.Shift is null)))
        {
            TimeMeaning yearMeaning = year.Year is { } y ? new CalendarDate(y, null, null, null, year.Hijri) : new Shift(TimeUnit.Year, year.Shift ?? 0);
            return new Parse(i, prefix, year.End, new PartOfYear(kind, number, yearMeaning), "part-of-year");
        }
        // «نما الاقتصاد في الربع الثاني»: a counted quarter alone is one of the anchor's year, as economic news reports
        // them; «الربع الأول من شهر رمضان» (of something else) is not. A half alone is as often a match's, so it stays
        // a candidate (rule part-of-year.bare-half) that SamePeriods keeps only in a text that names a half of a year.
        // «ارتفعت المبيعات 87% في الربع الأخير»: «الربع الأخير» alone is the last quarter reported, the one before the
        // anchor's; «الفصل الأخير» alone is as often a book's last chapter and a half alone a match's, so neither is read.
        if (!of && !ordinal && !term && kind == 'Q')
            return new Parse(i, prefix, at, new PartOfYear(kind, 0, new Shift(TimeUnit.Year, 0)) { LastReported = true }, "part-of-year.last-reported");
        if (of || !ordinal || term) return null;
        return new Parse(i, prefix, at, new PartOfYear(kind, number, new Shift(TimeUnit.Year, 0)), kind == 'Q' ? "part-of-year.bare" : BareHalfRule);
    }

    /// <summary>The rule of a half of a month: «النصف الأول من الشهر الماضي» its days 1–15, «النصف الثاني من مايو» 16–the last.</summary>
    public const string MonthHalfRule = "part-of-month.half";

    /// <summary>The rule of a quarter of a month: «الربع الأول من شهر أكتوبر» its days 1–7, «الربع الأخير من رمضان» 23–the last.</summary>
    public const string MonthQuarterRule = "part-of-month.quarter";

    // The first day of each half of a month (1–15, 16 through its last day) and of each quarter (1–7, 8–15, 16–22, 23–).
    private static readonly int[] HalfStarts = [1, 16];
    private static readonly int[] QuarterStarts = [1, 8, 16, 23];

    /// <summary>
    /// «النصف الثاني من مايو»، «النصف الأول من الشهر الماضي»، «الربع الأول من شهر أكتوبر»، «الربع الأخير من رمضان»: a half
    /// or quarter (<paramref name="kind"/> H or Q) of the month named after «من» (<paramref name="at"/>), written as the
    /// span of its days: the first through the 15th or the 16th through its last; a quarter from the 1st, 8th, 16th or
    /// 23rd (<see cref="QuarterStarts"/>). «الشهر» takes a direction, as «10 من الشهر الجاري» does.
    /// </summary>
    private Parse? PartOfMonth(int i, int prefix, char kind, int number, int at)
    {
        CalendarDate month;
        int end;
        if (lx.Relative.TryMatch(t, at, out var period) && period.PrefixLength == 0 && period.Value is { Category: "period", Value: "M" }
            && lx.Relative.TryMatch(t, period.End, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
        {
            month = new CalendarDate(null, null, null, null, false) { MonthShift = int.Parse(dir.Value.Value) };
            end = dir.End;
        }
        else if ((dates.MonthYear(at) ?? MonthAloneAfterModifier(at)) is { PrefixLength: 0, Meaning: CalendarDate { Month: not null, Day: null } named } written)
        {
            month = named;
            end = written.End;
        }
        else return null;
        var starts = kind == 'Q' ? QuarterStarts : HalfStarts;
        var first = starts[number - 1];
        TimeMeaning last = number == starts.Length ? new LastDayOf(month) : month with { Day = starts[number] - 1 };
        return new Parse(i, prefix, end, new DateRange(month with { Day = first }, last), kind == 'Q' ? MonthQuarterRule : MonthHalfRule);
    }

    internal Parse? Vague(int i)
    {
        if (lx.Relative.TryMatch(t, i, out var m) && m.Value.Category == "vague")
        {
            // «قريبا من مستواه»، «قريبا للغاية من التعاقد»، «سكنوا قريبا منا»: near to something, not soon.
            if (m.End - i == 1 && m.Value.Value == "FUTURE_REF" && IsWordWithClitic(i, Glue.Soon, out _)
                && (NearTo(m.End) || lx.Relative.TryMatch(t, m.End, out var very) && very.Value.Category == "intensifier" && NearTo(very.End)))
                return null;
            // «في مثل هذه الأيام» (at this time of year, as every year): a time of year that recurs, not the present.
            if (m.Value.Value == "PRESENT_REF" && LikenessBefore(i))
                return null;
            return new Parse(i, m.PrefixLength, m.End, new VagueRef(m.Value.Value), "vague");
        }
        // «متطلبات العصر»، «يناسب العصر»: after a noun of what an age asks or a verb of keeping pace «العصر» is the
        // present age; elsewhere it is as often the afternoon (صلاة العصر، بعد العصر), so it is read only so.
        if (IsKey(i, Glue.TheAsr) && i > 0 && t[i - 1].IsWord && t[i - 1].Readings.Any(r => lx.AgeBefore.Contains(r.Word)))
            return new Parse(i, 0, i + 1, new VagueRef("PRESENT_REF"), "vague.age");
        if (lx.Eras.TryMatch(t, i, out var era))
            return EraNoun(i, era.PrefixLength) && (!era.Value.Paired || Conjunction(era.End, out var next, out _) && lx.Eras.TryMatch(t, next, out _))
                ? new Parse(i, era.PrefixLength, era.End, new VagueRef(era.Value.Value), "vague.era") : null;
        // «صدر أخيرا» (recently); opening a clause or joined by و, «وأخيراً فإن»، «2014 وأخيرا كأس العالم» is "finally".
        if (lx.Relative.TryMatch(t, i, out var recent) && recent.Value.Category == "recently")
            return i == 0 || t[i - 1].Kind == TimeTokenKind.Punct || recent.PrefixLength > 0
                ? null
                : new Parse(i, recent.PrefixLength, recent.End, new VagueRef(recent.Value.Value), "vague.recently");
        // «آنذاك»: a past time the story names; NarrativeTime gives it the story's last date. «فحينها» (and so) is a
        // consequence, not a time.
        if (lx.Relative.TryMatch(t, i, out var then) && then.Value.Category == "anaphoric" && !(then.PrefixLength > 0 && t[i].Key[0] == 'ف')
            && !(then.Value.Value == "Y" && (then.PrefixLength > 0 && t[i].Key[0] == 'ك' || lx.Relative.TryMatch(t, then.End, out var after) && after.Value.Category == "direction")))
        {
            // «خلال هذه الفترة»: the stretch the story just named, else the present (StoryAnaphora); «في مثل هذه الفترة»
            // and «في هذا الوقت من العام» are a time of year that recurs, as «في مثل هذه الأيام».
            if (then.Value.Value == "present")
                return LikenessBefore(i) || WholeBefore(i) || OfTheYear(then.End) ? null : new Parse(i, then.PrefixLength, then.End, new VagueRef("PRESENT_REF"), ThisStretchRule);
            return new Parse(i, then.PrefixLength, then.End, new VagueRef("PAST_REF"), then.Value.Value switch
            {
                "story" => StoryAnaphoricRule,
                "Y" => AnaphoricYearRule,
                _ => "anaphoric",
            });
        }
        return VaguePeriod(i);
    }

    /// <summary>«مثل» right before a present reference («في مثل هذه الأيام»): a time of year that recurs (relative.tsv, category likeness).</summary>
    private bool LikenessBefore(int i) => i > 0 && lx.Relative.TryMatch(t, i - 1, out var like) && like.Value.Category == "likeness" && like.End == i;

    /// <summary>«في هذا الوقت من العام»، «في هذه الفترة من كل عام»: «من» and the year, bare or with «كل», after a present
    /// stretch make it that time of every year, a habit.</summary>
    private bool OfTheYear(int end)
    {
        if (!IsKey(end, Glue.Min)) return false;
        var next = IsKey(end + 1, Glue.Kull) ? end + 2 : end + 1;
        return next < t.Length && t[next].IsWord && Glue.YearWords.Contains(t[next].Key);
    }

    /// <summary>«كل هذه الفترة»، «معظم هذه الفترة»: «كل» (relative.tsv set, EACH) or a word of most of a whole (category whole) right before.</summary>
    private bool WholeBefore(int i) =>
        i > 0 && lx.Relative.TryMatch(t, i - 1, out var whole) && whole.End == i && whole.Value is { Category: "whole" } or { Category: "set", Value: "EACH" };

    /// <summary>«من» after «قريبا», bare or with a pronoun («قريبا منه»، «قريبا منا»): the place it is near to.</summary>
    private bool NearTo(int i) =>
        IsKey(i, Glue.Min) || i < t.Length && t[i].IsWord && Marsad.Text.Morphology.CliticSegmenter.IsWithEnclitic(t[i].Key, Glue.Min);

    /// <summary>
    /// «الماضي»، «الحاضر»، «المستقبل» are the past, present and future themselves as nouns («في المستقبل»، «دروس
    /// الماضي»، «آفاق الماضي والحاضر والمستقبل»), but the same words after a definite noun are its adjective: «الموسم
    /// الماضي» (last season), «الفريق المستقبل» (the host team). So the noun is read after a preposition fused to it
    /// («بالماضي»), at a clause's start, after a word without the article («من الماضي»، «دروس الماضي»), or joined by و
    /// to another such noun («الماضي والحاضر»). A noun made definite by a pronoun suffix is not told apart: «شخصه الحاضر»
    /// is still read.
    /// </summary>
    private bool EraNoun(int i, int prefix)
    {
        if (prefix > 0 && t[i].Key[0] != Glue.Wa[0]) return true;
        if (i == 0) return true;
        if (t[i - 1].Kind == TimeTokenKind.Punct) return !IsPunct(i - 1, ")");
        if (!t[i - 1].IsWord) return false;
        if (prefix > 0 && lx.Eras.TryMatch(t, i - 1, out var before) && before.End == i) return true;
        // A word of more than the article and one letter: «إلى المستقبل» (الى) is a preposition, not a definite noun.
        foreach (var (word, _) in t[i - 1].Readings)
            if (word.Length > 3 && word.StartsWith(Glue.Al, StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>
    /// A definite plural period (الأيام، السنوات، الأعوام) or a stretch word (الفترة، المرحلة، الآونة) with a direction,
    /// optionally after «القليلة/القريبة»: «الأعوام الأخيرة» PAST_REF, «الفترة المقبلة» FUTURE_REF, «الفترة الحالية» PRESENT_REF.
    /// A counted one («الأيام العشرة المقبلة») is a duration and is read by <see cref="DefiniteDuration"/>.
    /// </summary>
    private Parse? VaguePeriod(int i)
    {
        if (i >= t.Length || !t[i].IsWord) return null;
        var prefix = 0;
        var plural = false;
        foreach (var (word, p) in t[i].Readings)
            if (word.StartsWith(Glue.Al, StringComparison.Ordinal) && lx.Units.TryWord(word[2..], out var unit) && unit.Count is null)
            {
                plural = true; prefix = p; break;
            }
        var at = i + 1;
        if (!plural)
        {
            if (!lx.Relative.TryMatch(t, i, out var stretch) || stretch.Value.Category != "stretch") return null;
            prefix = stretch.PrefixLength;
            at = stretch.End;
        }
        if (lx.Relative.TryMatch(t, at, out var few) && few.PrefixLength == 0 && few.Value.Category == "indefinite") at = few.End;
        // «الأعوام الأخيرة»: الأخيرة is the latest ones, so past.
        if (IsKey(at, Glue.Last)) return new Parse(i, prefix, at + 1, new VagueRef("PAST_REF"), "vague.period");
        if (!lx.Relative.TryMatch(t, at, out var dir) || dir.PrefixLength != 0 || dir.Value.Category != "direction") return null;
        var value = int.Parse(dir.Value.Value) switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", _ => "PRESENT_REF" };
        return new Parse(i, prefix, dir.End, new VagueRef(value), "vague.period");
    }

    /// <summary>
    /// A part of a period: مطلع الشهر، أواخر العام الماضي، منتصف يوليو، نهاية 2019، أوائل التسعينيات.
    /// Without a direction the period is the current one (مطلع الشهر = this month).
    /// </summary>
    internal Parse? Modified(int i)
    {
        if (!lx.Relative.TryMatch(t, i, out var m) || m.Value.Category != "modifier") return null;
        var mod = m.Value.Value;
        var at = m.End;
        Parse? inner = null;
        // «آخر يوم من شهر ذي القعدة المقبل»: the end's day of a month named after «يوم من» is its last day.
        if (mod == "END" && IsKey(at, Glue.Yawm) && IsKey(at + 1, Glue.Min)
            && (dates.MonthYear(at + 2) ?? MonthAloneAfterModifier(at + 2)) is { PrefixLength: 0, Meaning: CalendarDate { Month: not null, Day: null } lastOf } ofMonth)
            return new Parse(i, m.PrefixLength, ofMonth.End, new LastDayOf(lastOf), "date.last-day");
        if (lx.Relative.TryMatch(t, at, out var period) && period.PrefixLength == 0 && period.Value.Category == "period")
        {
            var shift = 0;
            var end = period.End;
            if (lx.Relative.TryMatch(t, end, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
            {
                shift = int.Parse(dir.Value.Value);
                end = dir.End;
            }
            // «قبل نهاية العام المالي الجاري»: a financial year with a direction is that calendar year, modified.
            else if (FiscalDirection(end) is { } fiscal)
            {
                shift = int.Parse(fiscal.Value.Value);
                end = fiscal.End;
            }
            // «نهاية العام الدراسي»، «بداية السنة المالية»: the part of another calendar's year, not of this one.
            else if (end < t.Length && t[end].IsWord && lx.PeriodKinds.Contains(t[end].Key)) return null;
            inner = new Parse(at, 0, end, new Shift(Unit(period.Value.Value), shift), "relative.period");
        }
        else if (Decade(at) is { PrefixLength: 0 } decade) inner = decade;
        // A month before a season: «منتصف ربيع الآخر» is the Hijri month, not spring.
        else if ((dates.MonthYear(at) ?? MonthAloneAfterModifier(at)) is { PrefixLength: 0 } month) inner = month;
        else if (seasons.Season(at, alone: true) is { PrefixLength: 0 } season) inner = season;
        else if (dates.YearPart(at, allowBare: true, out var year) && year.Year is not null)
            inner = new Parse(at, 0, year.End, new CalendarDate(year.Year, null, null, null, year.Hijri), "date.year");
        if (inner is null) return null;
        // «أول رجب», «أول يوليو»: the first day of the month, as «غرة رجب»; «مطلع يوليو» stays the month's start.
        if (m.End - i == 1 && t[i].Readings.Any(r => r.Word == Glue.Awwal) && inner.Meaning is CalendarDate { Month: not null, Day: null } month1)
            return new Parse(i, m.PrefixLength, inner.End, month1 with { Day = 1 }, "date.first-day");
        return new Parse(i, m.PrefixLength, inner.End, new Modified(inner.Meaning, mod), "modified." + inner.Rule);
    }

    internal Parse? MonthAloneAfterModifier(int i)
    {
        if (!dates.MonthRef(i, out var month)) return null;
        var end = month.End;
        int? direction = null;
        if (lx.Relative.TryMatch(t, end, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
        {
            direction = int.Parse(dir.Value.Value);
            end = dir.End;
        }
        return new Parse(i, month.Prefix, end,
            new CalendarDate(null, month.Month.Number, null, null, month.Month.Series == MonthSeries.Hijri, MonthDirection: direction), "date.month");
    }

    /// <summary>الثمانينيات، تسعينيات القرن الماضي (a decade, TIMEX3 value of three digits).</summary>
    internal Parse? Decade(int i)
    {
        if (!lx.Decades.TryMatch(t, i, out var m)) return null;
        // «أواخر الأربعينيات المئوية»: tens of degrees (or of another measure), not a decade.
        if (lx.Relative.TryMatch(t, m.End, out var measure) && measure.PrefixLength == 0 && measure.Value.Category is "measure" or "life") return null;
        var end = m.End;
        int? century = null;
        var at = end;
        if (IsKey(at, Glue.Min)) at++;
        if (IsKey(at, Glue.Qarn) && lx.Relative.TryMatch(t, at + 1, out var dir) && dir.Value.Category == "direction")
        {
            century = int.Parse(dir.Value.Value);
            end = dir.End;
        }
        return new Parse(i, m.PrefixLength, end, new DecadeRef(m.Value, century), "decade");
    }

    /// <summary>«القرن الثامن عشر»، «القرن الحادي والعشرين»: a century named by its ordinal.</summary>
    internal Parse? Century(int i)
    {
        if (!IsWordWithClitic(i, Glue.Qarn, out var prefix) || !numbers.Ordinal(i + 1, out var number, out var end, out var ordinalPrefix)
            || ordinalPrefix != 0 || number is < 1 or > 21) return null;
        // «القرن التاسع قبل الميلاد»: a century before the era has no TIMEX3 value here.
        if (IsKey(end, Glue.Qabl) && IsKey(end + 1, Glue.Era)) return null;
        return new Parse(i, prefix, end, new CenturyRef(number), "century");
    }

    private static TimeUnit Unit(string code) => code switch
    {
        "W" => TimeUnit.Week,
        "M" => TimeUnit.Month,
        _ => TimeUnit.Year,
    };

    // «المالي الجاري»، «المالية الماضية» right after a period noun: the financial-year adjective and the direction after it.
    private PhraseMatch<RelativeWord>? FiscalDirection(int at)
    {
        if (at >= t.Length || !t[at].IsWord || !lx.FiscalKinds.Contains(t[at].Key)) return null;
        return lx.Relative.TryMatch(t, at + 1, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction" ? dir : null;
    }
}
