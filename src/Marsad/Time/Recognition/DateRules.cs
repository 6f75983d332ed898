using Marsad.Entities.Linking;
using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>Calendar dates: day, month and year in any order and calendar, month names, weekdays and bare years.</summary>
internal sealed class DateRules(TimeToken[] tokens, TimeLexicon lexicon, NumberRules numbers) : TimeRuleFamily(tokens, lexicon)
{
    // A bare weekday, no direction word: the rule WritersDay reads a dateline by.
    public const string WeekdayRule = "weekday";

    internal readonly record struct MonthRefMatch(MonthName Month, int End, int Prefix, bool Paired, bool Led);

    /// <summary>
    /// A month name, alone or paired with its other-series name: «سبتمبر/أيلول», «تموز/ يوليو», «(أيلول) سبتمبر»,
    /// «أيلول (سبتمبر)», optionally led by «شهر».
    /// </summary>
    internal bool MonthRef(int i, out MonthRefMatch match)
    {
        match = default;
        var prefix = 0;
        var led = false;
        var at = i;
        if (IsWordWithClitic(at, Glue.Shahr, out var shahrPrefix) && at + 1 < t.Length)
        {
            prefix = shahrPrefix; led = true; at++;
        }
        if (IsPunct(at, "(") && lx.Months.TryMatch(t, at + 1, out var inner) && IsPunct(inner.End, ")")
            && lx.Months.TryMatch(t, inner.End + 1, out var outer) && outer.PrefixLength == 0)
        {
            match = new MonthRefMatch(outer.Value, outer.End, prefix, true, led);
            return true;
        }
        if (!lx.Months.TryMatch(t, at, out var first))
        {
            // «شهر الصوم»: a month's name that itself begins with «شهر».
            if (!led || !lx.Months.TryMatch(t, i, out first)) return false;
            led = false;
        }
        if (!led) prefix = first.PrefixLength;
        else if (first.PrefixLength != 0) return false;
        var end = first.End;
        var paired = false;
        if ((IsPunct(end, "/") || IsPunct(end, "-") || IsPunct(end, "\\")) && lx.Months.TryMatch(t, end + 1, out var second) && second.PrefixLength == 0)
        {
            end = second.End; paired = true;
        }
        else if (IsPunct(end, "(") && lx.Months.TryMatch(t, end + 1, out var bracketed) && IsPunct(bracketed.End, ")"))
        {
            end = bracketed.End + 1; paired = true;
        }
        else if (lx.Months.TryMatch(t, end, out var adjacent) && adjacent.PrefixLength == 0 && adjacent.Value.Series != first.Value.Series
                 && adjacent.Value.Number == first.Value.Number)
        {
            end = adjacent.End; paired = true;
        }
        match = new MonthRefMatch(first.Value, end, prefix, paired, led);
        return true;
    }

    internal readonly record struct YearMatch(int? Year, bool Hijri, int? Shift, int End)
    {
        /// <summary>Written without هـ or م, in the years the Hijri calendar has reached in print («موسم حج 1436»).</summary>
        public bool MaybeHijri { get; init; }

        /// <summary>Read only because a Hijri year may be meant: neither a year word nor a mark leads or follows it.</summary>
        public bool OnlyIfHijri { get; init; }
    }

    /// <summary>The Hijri years of modern print, which news writes as often without هـ as with it (1300 AH is 1882).</summary>
    private const int HijriPrintFrom = 1300, HijriPrintTo = 1500;

    /// <summary>A year in words: a thousand (ألف، ألفين) then parts joined by و (وتسعمائة وتسعين، وتسعة عشر).</summary>
    private (int Year, int End)? YearInWords(int at)
    {
        if (!lx.Numbers.TryMatch(t, at, out var thousand) || thousand.PrefixLength != 0 || thousand.Value.Kind != "thousand") return null;
        var year = thousand.Value.Value;
        var end = thousand.End;
        for (var parts = 0; parts < 3 && end < t.Length; parts++)
        {
            if (!numbers.Amount(end, out var part, out var partEnd, out var prefix) || prefix != 1 || !t[end].Key.StartsWith('و')) break;
            year += part;
            end = partEnd;
        }
        // «ألف» alone is a thousand of something, not the year 1000; «ألفين» alone is 2000.
        return year == 1000 ? null : ((int)year, end);
    }

    /// <summary>
    /// The year after a day and month, or alone with a lead word: «2022», «، 2022م», «من عام 2022», «عام 1444 هـ»,
    /// «من العام الماضي», «من هذا العام». A bare number counts only when <paramref name="allowBare"/> or marked م/هـ.
    /// </summary>
    /// <summary>«عام», «العام», or one with a proclitic («بعام 2005», «وعام»): <paramref name="prefix"/> letters left out of the span.</summary>
    private bool YearWordAt(int i, out int prefix)
    {
        prefix = 0;
        if (IsKey(i, Glue.YearWords)) return true;
        if (i >= t.Length || !t[i].IsWord) return false;
        foreach (var (word, p) in t[i].Readings)
            if (p > 0 && Glue.YearWords.Contains(word)) { prefix = p; return true; }
        return false;
    }

    internal bool YearPart(int i, bool allowBare, out YearMatch match) => YearPart(i, allowBare, hijriAlone: false, out match);

    /// <param name="hijriAlone">Also a bare year in the Hijri years of print («حج 1436»), marked <see cref="YearMatch.OnlyIfHijri"/>.</param>
    private bool YearPart(int i, bool allowBare, bool hijriAlone, out YearMatch match)
    {
        match = default;
        var at = i;
        if (IsComma(at)) at++;
        if (IsKey(at, Glue.Min)) at++;
        if (lx.Relative.TryMatch(t, at, out var period) && period.PrefixLength == 0 && period.Value is { Category: "period", Value: "Y" }
            && lx.Relative.TryMatch(t, period.End, out var dir) && dir.Value.Category == "direction")
        {
            match = new YearMatch(null, false, int.Parse(dir.Value.Value), dir.End);
            return true;
        }
        if (lx.Relative.TryMatch(t, at, out var demo) && demo.Value.Category == "demonstrative"
            && lx.Relative.TryMatch(t, demo.End, out var thisYear) && thisYear.Value is { Category: "period", Value: "Y" })
        {
            match = new YearMatch(null, false, 0, thisYear.End);
            return true;
        }
        var led = YearWordAt(at, out _);
        if (led) at++;
        // «العام المالي 2013»، «للعام الدراسي 1436/1437هـ»: the adjective of a school or financial year (relative.tsv,
        // category kind) stands between the year word and its number.
        if (led && at < t.Length && t[at].IsWord && lx.PeriodKinds.Contains(t[at].Key) && IntAt(at + 1) is not null) at++;
        var end = at + 1;
        if (IntAt(at) is not { } year)
        {
            // «عام ألفين وتسعة»: a year in words, only after a year word.
            if (!led || YearInWords(at) is not { } words) return false;
            (year, end) = words;
            if (year is < 1000 or > 2200) return false;
            match = new YearMatch(year, false, null, end);
            return true;
        }
        // «للعام المالي 1435/1436»: such a year written as the two calendar years it spans; the span takes both, the
        // value the first (the Hijri mark after the second marks both).
        if (led && IsPunct(end, "/") && IntAt(end + 1) == year + 1) end += 2;
        var hijri = false;
        var marked = false;
        if (IsKey(end, Glue.HijriMarks)) { hijri = true; marked = true; end++; }
        else if (IsKey(end, Glue.MiladiMarks) && !AreaOrVolume(end)) { marked = true; end++; }
        var maybeHijri = !marked && year is >= HijriPrintFrom and <= HijriPrintTo;
        var onlyIfHijri = hijriAlone && allowBare && !led && maybeHijri;
        var plausible = hijri ? year is >= 1 and <= 1600 : led ? year is >= 100 and <= 2200 : year is >= 1900 and <= 2100 || onlyIfHijri;
        if (!plausible || t[at].Key.Length > 4) return false;
        if (!led && !marked && !allowBare) return false;
        match = new YearMatch(year, hijri, null, end) { MaybeHijri = maybeHijri, OnlyIfHijri = onlyIfHijri };
        return true;
    }

    /// <summary>
    /// [يوم] WEEKDAY [،] [الموافق] then a day and month with an optional year, a numeric date (12/9/2022, 2022-09-12),
    /// or nothing (a weekday alone, «الأحد الماضي»). Also month + year and a month alone.
    /// </summary>
    internal Parse? Date(int i)
    {
        var start = i;
        var prefix = 0;
        int? weekday = null;
        var at = i;
        var yawm = IsWordWithClitic(at, Glue.Yawm, out var yawmPrefix);
        if (yawm) { prefix = yawmPrefix; at++; }
        if (lx.Weekdays.TryMatch(t, at, out var wd) && (!wd.Value.NeedsDayWord || yawm) && (!yawm || wd.PrefixLength == 0)
            && (yawm || wd.PrefixLength > 0 || i == 0 || !lx.NotTimeBefore.Contains(t[i - 1].Key)))
        {
            weekday = wd.Value.IsoDay;
            if (!yawm) prefix = wd.PrefixLength;
            at = wd.End;
            var afterWeekday = at;
            if (IsComma(at)) at++;
            if (IsKey(at, Glue.Muwafiq)) at++;
            var dated = DayMonthYear(at, weekday) ?? NumericDate(at, weekday);
            if (dated is not null) return dated with { Start = start, PrefixLength = prefix, Rule = "date.weekday+" + dated.Rule };
            int? direction = null;
            var end = afterWeekday;
            if (lx.Relative.TryMatch(t, afterWeekday, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
            {
                direction = int.Parse(dir.Value.Value);
                end = dir.End;
            }
            // «الأربعاء بعد القادم»: the one after the next.
            else if (IsKey(afterWeekday, Glue.Baad) && lx.Relative.TryMatch(t, afterWeekday + 1, out var next) && next.PrefixLength == 0
                     && next.Value is { Category: "direction", Value: "1" })
            {
                direction = 2;
                end = next.End;
            }
            // «حيث إن الاثنين يعرفان بعضهما»: before a dual verb «الاثنين» is «the two».
            if (!yawm && direction is null && wd.Value.AlsoNumeral && DualVerb(afterWeekday)) return null;
            // «خسر الاثنين معا»، «كلا الاثنين»، «هذين الاثنين»: a word of the pair beside it (relative.tsv, category pair).
            if (!yawm && direction is null && wd.Value.AlsoNumeral
                && ((i > 0 && t[i - 1].IsWord && lx.PairBefore.Contains(t[i - 1].Key))
                    || (afterWeekday < t.Length && t[afterWeekday].IsWord && lx.PairAfter.Contains(t[afterWeekday].Key)))) return null;
            // «التنقل بين الاثنين (السينما والمسرح)»: after «بين» with no weekday joined to it («بين الاثنين والخميس»)
            // «الاثنين» is «the two».
            if (!yawm && direction is null && wd.Value.AlsoNumeral && wd.PrefixLength == 0 && i > 0 && IsKey(i - 1, Glue.Bayna)
                && !(lx.Weekdays.TryMatch(t, afterWeekday, out var joined) && joined.PrefixLength > 0)) return null;
            // «الكاتب عبدالعزيز الخميس»، «الأمين العام أحمد الخميس»: a bare weekday right after a given name that opens a name
            // is its family name.
            if (!yawm && direction is null && wd.PrefixLength == 0 && AfterFirstName(i)) return null;
            return new Parse(start, prefix, end, new WeekdayRef(weekday.Value, direction), direction is null ? WeekdayRule : "weekday.direction");
        }
        if (yawm)
            return (DayMonthYear(at, null) ?? NumericDate(at, null)) is { PrefixLength: 0 } day
                ? day with { Start = start, PrefixLength = prefix, Rule = "date.yawm+" + day.Rule }
                : null;
        var plain = DayMonthYear(i, null) ?? NumericDate(i, null) ?? MonthYear(i) ?? MonthAlone(i);
        return plain;
    }

    // A given name (Resources/Entities/given-names.txt, clitic و allowed) that opens the name: a common word, punctuation
    // or nothing before it. After a name of two words («محمود عباس الجمعة») or a rare word («نواز شريف الاثنين») the given
    // name ends a name, and the weekday is the day the person acted. A given name that is also a common word — a part of
    // the day («صباح الخميس»), a noun news writes with the article as often («في بيان الجمعة»، «مسؤول تركي الاثنين») — is
    // read as that word.
    private bool AfterFirstName(int i)
    {
        // «آن» (Anne) shares its key with «أن/إن» («قال إن الاثنين يشهد…»): a first name read here has three letters or more.
        if (i == 0 || !t[i - 1].IsWord || lx.Relative.TryMatch(t, i - 1, out _)) return false;
        var key = t[i - 1].Key;
        var word = key.Length > 3 && key[0] == 'و' && !NameWordEvidence.IsGivenName(key) ? key[1..] : key;
        var given = word.Length >= ShortestFirstName && NameWordEvidence.IsGivenName(word) && !NameWordEvidence.OftenWithTheArticle(word);
        return given && (i == 1 || !t[i - 2].IsWord || NameWordEvidence.IsFrequentNonName(t[i - 2].Key));
    }

    private const int ShortestFirstName = 3;

    // An imperfect dual of the third person: يعرفان، تلعبان (a stem of two letters or more).
    private bool DualVerb(int i) =>
        i < t.Length && t[i].IsWord && Text.Morphology.ImperfectVerbShape.Is(t[i].Key, Text.Morphology.ImperfectVerbShape.Dual, 2);

    private Parse? DayMonthYear(int i, int? weekday)
    {
        int day, at, prefix;
        bool ordinal;
        // «غرة شهر ذي القعدة»: the day of the new moon, the first of the month.
        if (IsWordWithClitic(i, Glue.Ghurra, out prefix)) { day = 1; at = i + 1; ordinal = false; }
        else if (numbers.DayOfMonth(i, out day, out at, out prefix)) ordinal = !t[i].IsNumber;
        else return null;
        if (IsKey(at, Glue.Min))
        {
            at++;
            // «10 من الشهر الجاري», «الخامس من الشهر الماضي»
            if (lx.Relative.TryMatch(t, at, out var period) && period.PrefixLength == 0 && period.Value is { Category: "period", Value: "M" }
                && lx.Relative.TryMatch(t, period.End, out var monthDir) && monthDir.PrefixLength == 0 && monthDir.Value.Category == "direction")
                return new Parse(i, prefix, monthDir.End,
                    new CalendarDate(null, null, day, weekday, false) { MonthShift = int.Parse(monthDir.Value.Value) }, "date.day-of-relative-month");
        }
        else if (ordinal) return null;
        // «7/يوليو/2015 م»: a day, a month name and a year joined by slashes, as some outlets write a date; only with
        // all three («20/مايو» alone may be a ratio or a list).
        var slashed = !ordinal && IsPunct(at, "/") && MonthRef(at + 1, out var slashedMonth) && slashedMonth.Prefix == 0
                      && IsPunct(slashedMonth.End, "/");
        if (slashed) at++;
        if (!MonthRef(at, out var month) || month.Prefix != 0) return null;
        var hijri = month.Month.Series == MonthSeries.Hijri;
        if (YearPart(slashed ? month.End + 1 : month.End, allowBare: true, out var year) && (!slashed || year.Year is not null))
        {
            if (year.Hijri && !hijri) return null;
            var meaning = new CalendarDate(year.Year, month.Month.Number, day, weekday, hijri, year.Shift);
            return new Parse(i, prefix, year.End, meaning, year.Year is null ? "date.day-month-relative-year" : "date.day-month-year");
        }
        if (slashed) return null;
        if (lx.Relative.TryMatch(t, month.End, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
            return new Parse(i, prefix, dir.End,
                new CalendarDate(null, month.Month.Number, day, weekday, hijri, MonthDirection: int.Parse(dir.Value.Value)), "date.day-month-direction");
        if (weekday is null && prefix == 0 && NamedByDate(i)) return null;
        return new Parse(i, prefix, month.End, new CalendarDate(null, month.Month.Number, day, weekday, hijri), "date.day-month");
    }

    /// <summary>
    /// «مدينة 6 أكتوبر»، «بملعب 22 مايو»، «لقوى 14 آذار»: a day and month without a year right after a noun of a place or
    /// body (not-time-contexts.tsv, class named; a proclitic allowed) is its name, not a date.
    /// </summary>
    private bool NamedByDate(int dayAt) => dayAt > 0 && t[dayAt - 1].IsWord && t[dayAt - 1].Readings.Any(r => lx.NamedByDate.Contains(r.Word));

    /// <summary>The month name of such a name: «أكتوبر» in «مدينة 6 أكتوبر», «مدينة السادس من أكتوبر».</summary>
    private bool MonthOfNameByDate(int monthAt)
    {
        var dayAt = IsKey(monthAt - 1, Glue.Min) ? monthAt - 2 : monthAt - 1;
        return dayAt > 0 && numbers.DayOfMonth(dayAt, out _, out var end, out var prefix) && prefix == 0
            && end == (dayAt == monthAt - 1 ? monthAt : monthAt - 1) && NamedByDate(dayAt);
    }

    /// <summary>12/9/2022, 12-9-2022, 12.9.2022 (day first, as Arabic news writes) and 2022-09-12, 2022/9/12.</summary>
    /// <summary>
    /// Spaces around / and - are common in news copy («16 / 11 / 1436 هـ», «30-1- 2015») and accepted there; a date
    /// with dots stays tight, as «1.5» is a decimal. «الـ 16/11/1436»: the article before the day is part of the span.
    /// </summary>
    private Parse? NumericDate(int i, int? weekday)
    {
        if (IsKey(i, Glue.Al) && i + 1 < t.Length && t[i + 1].IsNumber)
            return NumericDate(i + 1, weekday) is { } led ? led with { Start = i } : null;
        if (i + 4 >= t.Length || !t[i].IsNumber || !t[i + 2].IsNumber || !t[i + 4].IsNumber) return null;
        var sep = t[i + 1].Key;
        // «17\10\1436ه»: some outlets type the backslash for the slash.
        if (sep is not ("/" or "-" or "." or "\\") || t[i + 3].Key != sep) return null;
        if (sep == "." && (!Adjacent(i) || !Adjacent(i + 1) || !Adjacent(i + 2) || !Adjacent(i + 3))) return null;
        // A run of digits too long for a number («2024-03022024…» in a fuzzed page) is no date part.
        if (IntAt(i) is not { } a || IntAt(i + 2) is not { } b || IntAt(i + 4) is not { } c) return null;
        int year, month, day;
        string rule;
        if (t[i].Key.Length == 4) { year = a; month = b; day = c; rule = "date.numeric-ymd"; }
        else if (t[i + 4].Key.Length == 4) { year = c; month = b; day = a; rule = "date.numeric-dmy"; }
        else return null;
        if (month is < 1 or > 12 || day is < 1 or > 31 || year is < 1300 or > 2200) return null;
        var end = i + 5;
        // Saudi and Gulf outlets write Hijri dates in digits, often without هـ: 25/9/1436 is 1436 AH, not AD.
        var hijri = year is >= 1300 and <= 1500;
        if (IsKey(end, Glue.HijriMarks)) { hijri = true; end++; }
        else if (IsKey(end, Glue.MiladiMarks)) { hijri = false; end++; }
        return new Parse(i, 0, end, new CalendarDate(year, month, day, weekday, hijri), rule);
    }

    // «2000 م2»، «500 م3»: «م» with a digit written onto it is square or cubic metres, no era mark.
    private bool AreaOrVolume(int at) => t[at].Key.Length == 1 && Adjacent(at) && t[at + 1].IsNumber;

    internal Parse? MonthYear(int i)
    {
        if (!MonthRef(i, out var month)) return null;
        var hijri = month.Month.Series == MonthSeries.Hijri;
        if (!YearPart(month.End, allowBare: true, out var year) || (year.Hijri && !hijri)) return null;
        return new Parse(i, month.Prefix, year.End, new CalendarDate(year.Year, month.Month.Number, null, null, hijri, year.Shift),
            year.Year is null ? "date.month-relative-year" : "date.month-year");
    }

    /// <summary>A month alone, or with الماضي/المقبل/الجاري. Names that are also ordinary words need context.</summary>
    private Parse? MonthAlone(int i)
    {
        if (!MonthRef(i, out var month)) return null;
        var hijri = month.Month.Series == MonthSeries.Hijri;
        var end = month.End;
        int? direction = null;
        if (lx.Relative.TryMatch(t, end, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction")
        {
            direction = int.Parse(dir.Value.Value);
            end = dir.End;
        }
        if (!month.Led && i > 0 && lx.NotTimeBefore.Contains(t[i - 1].Key)) return null;
        if (direction is null && !month.Led && month.Prefix == 0 && i >= 2 && MonthOfNameByDate(i)) return null;
        // «الملك فيليب أغسطس»: a bare month name right after a given name that opens a name is part of that name.
        if (direction is null && !month.Led && month.Prefix == 0 && AfterFirstName(i)) return null;
        // «العقود الآجلة تسليم ديسمبر»: a contract's delivery month is still to come.
        if (direction is null && !month.Led && month.Prefix == 0 && i > 0 && t[i - 1].IsWord
            && t[i - 1].Readings.Any(r => lx.DeliveryWords.Contains(r.Word)))
            return new Parse(i, 0, end, new CalendarDate(null, month.Month.Number, null, null, hijri, MonthDirection: CalendarDate.ThisOrNext), "date.month-delivery");
        // «في باب»، «من باب»: a name reached by stripping a preposition (ب، ل، ك) cannot take a second one before it,
        // so the preposition licenses nothing there and the word is an ordinary one (باب "section", not آب).
        var cliticPreposition = month.Prefix > 0 && t[i].Key[month.Prefix - 1] is 'ب' or 'ل' or 'ك';
        var context = month.Paired || month.Led || direction is not null || (!cliticPreposition && PrecededByTimePreposition(i));
        if (month.Month.Ambiguous && !context) return null;
        // رمضان، رجب، شعبان are also given names: alone a Hijri one needs «شهر», or a direction («رمضان الماضي»).
        if (hijri && month.Month.Ambiguous && !month.Led && direction is null) return null;
        return new Parse(i, month.Prefix, end, new CalendarDate(null, month.Month.Number, null, null, hijri, MonthDirection: direction),
            direction is null ? "date.month" : "date.month-direction");
    }

    internal Parse? Year(int i, bool allowBare)
    {
        if (YearBeforeEra(i) is { } beforeEra) return beforeEra;
        if (!YearPart(i, allowBare, hijriAlone: true, out var year) || year.Year is null || IsComma(i) || IsKey(i, Glue.Min)) return null;
        YearWordAt(i, out var prefix);
        return new Parse(i, prefix, year.End,
            new CalendarDate(year.Year, null, null, null, year.Hijri) { MaybeHijri = year.MaybeHijri, OnlyIfHijri = year.OnlyIfHijri }, "date.year");
    }

    /// <summary>
    /// «عام 586 قبل الميلاد»، «540 ق.م»: a year of up to four digits, with or without a year word, followed by «قبل الميلاد»
    /// or its abbreviation is a year before the era, any number (the bare-year limits of 1900–2100 keep other numbers
    /// out; the era words are the mark here). Its value is TIMEX3's BC0586 (<see cref="CalendarDate"/> holds it as a
    /// negative year).
    /// </summary>
    private Parse? YearBeforeEra(int i)
    {
        var led = YearWordAt(i, out var prefix);
        var at = led ? i + 1 : i;
        if (IntAt(at) is not { } year || t[at].Key.Length > 4 || year < 1) return null;
        int end;
        if (IsKey(at + 1, Glue.Qabl) && IsKey(at + 2, Glue.Era)) end = at + 3;
        else if (IsKey(at + 1, Glue.BeforeEraMark) && IsPunct(at + 2, ".") && IsKey(at + 3, Glue.MiladiMarks)) end = at + 4;
        else return null;
        return new Parse(i, prefix, end, new CalendarDate(-year, null, null, null, false), "date.year-before-era");
    }
}
