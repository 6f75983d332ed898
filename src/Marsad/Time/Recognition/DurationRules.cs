using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>Lengths of time, ages and recurrences («ثلاثة أشهر»، «لسنوات»، «كل أسبوع»).</summary>
internal sealed class DurationRules(TimeToken[] tokens, TimeLexicon lexicon, NumberRules numbers, DateRules dates) : TimeRuleFamily(tokens, lexicon)
{
    internal readonly record struct DurationMatch(DurationMeaning Meaning, int End, int Prefix, bool Bare);

    /// <summary>
    /// A length of time: 24 ساعة، ثلاثة أيام، أحد عشر يوما، شهر ونصف، عامين، نصف ساعة، عدة أسابيع، يوم واحد.
    /// <c>Bare</c> marks a lone singular (شهر): read as a duration only after an operator (منذ شهر، خلال أسبوع).
    /// </summary>
    internal bool Duration(int i, out DurationMatch match)
    {
        match = default;
        if (i >= t.Length) return false;
        if (numbers.Amount(i, out var amount, out var at, out var prefix))
        {
            if (!lx.Units.TryMatch(t, at, out var unit) || unit.PrefixLength != 0 || TimedResult(i, at, unit.Value.Unit)) return false;
            if (!PlausibleDecades(unit.Value.Unit, amount, unit.End) || CreditHours(unit.Value.Unit, unit.End)) return false;
            var end = Fraction(unit.End, out var extra);
            var meaning = new DurationMeaning(unit.Value.Unit, amount + extra);
            if (extra == 0 && SmallerPart(end, unit.Value.Unit, out var rest, out var restEnd)) { meaning = meaning with { And = rest }; end = restEnd; }
            match = new DurationMatch(meaning, end, prefix, false);
            return true;
        }
        if (IsSeveral(i, out var severalPrefix) && lx.Units.TryMatch(t, i + 1, out var plural) && plural.PrefixLength == 0)
        {
            match = new DurationMatch(new DurationMeaning(plural.Value.Unit, null), plural.End, severalPrefix, false);
            return true;
        }
        // «أياما عدة», «أعوام عدة», «سنوات طويلة»: a plural with an indefinite word after it is an unknown amount.
        if (lx.Units.TryMatch(t, i, out var counted) && counted.Value.Count is null
            && lx.Relative.TryMatch(t, counted.End, out var indefinite) && indefinite.PrefixLength == 0 && indefinite.Value.Category == "indefinite")
        {
            match = new DurationMatch(new DurationMeaning(counted.Value.Unit, null), indefinite.End, counted.PrefixLength, false);
            return true;
        }
        if (lx.Numbers.TryMatch(t, i, out var frac) && frac.Value.Kind == "fraction"
            && lx.Units.TryMatch(t, frac.End, out var ofUnit) && ofUnit.PrefixLength == 0 && ofUnit.Value.Count == 1)
        {
            match = new DurationMatch(new DurationMeaning(ofUnit.Value.Unit, frac.Value.Value), ofUnit.End, frac.PrefixLength, false);
            return true;
        }
        if (lx.Units.TryMatch(t, i, out var alone) && alone.Value.Count is { } count && PlausibleDecades(alone.Value.Unit, count, alone.End))
        {
            var end = Fraction(alone.End, out var extra);
            var bare = count == 1 && extra == 0;
            if (bare && IsKey(end, Glue.One)) { end++; bare = false; }
            var meaning = new DurationMeaning(alone.Value.Unit, count + extra);
            if (extra == 0 && SmallerPart(end, alone.Value.Unit, out var rest, out var restEnd)) { meaning = meaning with { And = rest }; end = restEnd; bare = false; }
            match = new DurationMatch(meaning, end, alone.PrefixLength, bare);
            return true;
        }
        return false;
    }

    /// <summary>
    /// «سنة وسبعة أشهر»، «عامين وشهرين»، «ساعة و20 دقيقة»: «و» and a count of a smaller unit after a length add to it
    /// (TIMEX3 P1Y7M); a larger or equal unit after «و» is a second length of its own («يومين وثلاثة أسابيع» is none).
    /// Found 20 times in `time corpus 31030` (17 right; the 3 wrong were «بين أسبوع وعشرة أيام», now left apart).
    /// </summary>
    private bool SmallerPart(int at, TimeUnit larger, out DurationMeaning? rest, out int end)
    {
        rest = null; end = at;
        if (at >= t.Length || !t[at].IsWord) return false;
        if (numbers.Amount(at, out var amount, out var unitAt, out var prefix))
        {
            if (prefix == 0 || t[at].Key[..prefix] != Glue.Wa || !lx.Units.TryMatch(t, unitAt, out var unit) || unit.PrefixLength != 0
                || !Smaller(unit.Value.Unit, larger) || !UnderOne(unit.Value.Unit, amount, larger)) return false;
            rest = new DurationMeaning(unit.Value.Unit, amount);
            end = unit.End;
            return true;
        }
        if (!lx.Units.TryMatch(t, at, out var counted) || counted.PrefixLength == 0 || t[at].Key[..counted.PrefixLength] != Glue.Wa
            || counted.Value.Count is not { } count || !Smaller(counted.Value.Unit, larger) || !UnderOne(counted.Value.Unit, count, larger)) return false;
        rest = new DurationMeaning(counted.Value.Unit, count);
        end = counted.End;
        return true;
    }

    /// <summary>Whether <paramref name="unit"/> is shorter than <paramref name="than"/> (a decade and a century never follow).</summary>
    private static bool Smaller(TimeUnit unit, TimeUnit than) => Rank(unit) > Rank(than) && unit is not (TimeUnit.Decade or TimeUnit.Century);

    /// <summary>
    /// «بين أسبوع وعشرة أيام»: a smaller part as long as one larger unit or longer is the other end of a range, not a
    /// remainder; a remainder stays under one larger unit («شهر وخمسة أيام»).
    /// </summary>
    private static bool UnderOne(TimeUnit unit, decimal amount, TimeUnit larger) => amount * Days(unit) < Days(larger);

    private static decimal Days(TimeUnit unit) => unit switch
    {
        TimeUnit.Century => 36500m, TimeUnit.Decade => 3650m, TimeUnit.Year => 365m, TimeUnit.Month => 30m, TimeUnit.Week => 7m,
        TimeUnit.Day => 1m, TimeUnit.Hour => 1m / 24, TimeUnit.Minute => 1m / 1440, _ => 1m / 86400,
    };

    private static int Rank(TimeUnit unit) => unit switch
    {
        TimeUnit.Century => 0, TimeUnit.Decade => 1, TimeUnit.Year => 2, TimeUnit.Month => 3, TimeUnit.Week => 4,
        TimeUnit.Day => 5, TimeUnit.Hour => 6, TimeUnit.Minute => 7, _ => 8,
    };

    /// <summary>
    /// «9.87 ثانية»، «34.66 دقيقة»: seconds or minutes to the hundredth are a timed result (a race's, a lap's), a
    /// measurement the story reports, not a length of time in it; «2.5 دقيقة» stays one.
    /// </summary>
    private bool TimedResult(int i, int unitAt, TimeUnit unit) =>
        unit is TimeUnit.Second or TimeUnit.Minute && t[unitAt - 1].IsNumber && t[unitAt - 1].Key.Length == 2 && unitAt >= 3
        && (IsPunct(unitAt - 2, ".") || IsPunct(unitAt - 2, ",")) && t[unitAt - 3].IsNumber && (unitAt == i + 3 || unitAt == i + 1);

    /// <summary>
    /// «35 ساعة دراسية»، «30 ساعة أكاديمية»، «ساعات معتمدة»: hours with an adjective of study credit count a course's
    /// load, not a length of time (relative.tsv, category credit); «6.8 مليون ساعة ذكية»، «200 ساعة معصم»: a ساعة a
    /// word of a timepiece qualifies is a watch or clock, counted as goods (category timepiece).
    /// </summary>
    private bool CreditHours(TimeUnit unit, int after) =>
        unit == TimeUnit.Hour && lx.Relative.TryMatch(t, after, out var credit) && credit.PrefixLength == 0
        && credit.Value.Category is "credit" or "timepiece";

    /// <summary>
    /// عقد is also a contract and the act of holding: «1800 عقد» (contracts), «عقد القران», «عقد الاجتماع» are no
    /// decades. A decade count stays small, and a decade word never governs a definite noun that is not a time word.
    /// </summary>
    private bool PlausibleDecades(TimeUnit unit, decimal amount, int after)
    {
        if (unit != TimeUnit.Decade) return true;
        if (amount > 20 || IsSeveral(after, out _) || (after < t.Length && t[after].IsNumber)) return false;
        return !(after < t.Length && t[after].IsWord && t[after].Key.StartsWith(Glue.Al, StringComparison.Ordinal) && !lx.StartsWord(t[after].Key));
    }

    /// <summary>عدة، بضعة، بضع, also with a clitic (لعدة أيام).</summary>
    private bool IsSeveral(int i, out int prefix)
    {
        prefix = 0;
        foreach (var several in Glue.Several)
            if (IsWordWithClitic(i, several, out prefix)) return true;
        return false;
    }

    /// <summary>«ونصف», «وربع» after a unit: شهر ونصف = 1.5 months.</summary>
    private int Fraction(int i, out decimal extra)
    {
        extra = 0;
        if (IsKey(i, Glue.WaNisf)) { extra = 0.5m; return i + 1; }
        if (IsKey(i, Glue.WaRub)) { extra = 0.25m; return i + 1; }
        if (IsKey(i, Glue.Wa) && IsKey(i + 1, Glue.Fraction1)) { extra = 0.5m; return i + 2; }
        return i;
    }

    /// <summary>
    /// A counted period with the article: «الساعات الأربع والعشرين الماضية», «الـ24 ساعة الماضية», «الأشهر الستة المقبلة».
    /// A duration ending (or starting) at the anchor; the direction word stays in the span.
    /// </summary>
    internal Parse? DefiniteDuration(int i)
    {
        if (i >= t.Length || !t[i].IsWord) return null;
        DurationMeaning? meaning = null;
        var at = i;
        if (IsKey(i, Glue.Al) && numbers.Amount(i + 1, out var n, out var afterNumber, out var p) && p == 0 && t[i + 1].IsNumber
            && lx.Units.TryMatch(t, afterNumber, out var unit) && unit.PrefixLength == 0)
        {
            meaning = new DurationMeaning(unit.Value.Unit, n);
            at = unit.End;
        }
        else if (t[i].Key.StartsWith(Glue.Al, StringComparison.Ordinal) && lx.Units.TryWord(t[i].Key[2..], out var plural) && plural.Count is null
                 && DefiniteAmount(i + 1, out var amount, out var end))
        {
            meaning = new DurationMeaning(plural.Unit, amount);
            at = end;
        }
        // «السنوات الـ15 المقبلة»: the article written apart from the digits that follow the plural.
        else if (t[i].Key.StartsWith(Glue.Al, StringComparison.Ordinal) && lx.Units.TryWord(t[i].Key[2..], out var pluralBeforeDigits)
                 && pluralBeforeDigits.Count is null && IsKey(i + 1, Glue.Al) && i + 2 < t.Length && t[i + 2].IsNumber
                 && numbers.Amount(i + 2, out var digits, out var afterDigits, out _))
        {
            meaning = new DurationMeaning(pluralBeforeDigits.Unit, digits);
            at = afterDigits;
        }
        // «الستة أسابيع الأخيرة», «الأربعين عاماً الماضية»: the article on the number, the counted noun after it. From
        // eleven on the counted noun is a singular («المائة عام»، «الخمسين عاماً»), which only a length takes: no direction
        // is needed then («عن عمر ناهز المائة عام»).
        else if (DefiniteAmount(i, out var definite, out var afterDefinite) && lx.Units.TryMatch(t, afterDefinite, out var counted) && counted.PrefixLength == 0
                 && (IsKey(counted.End, Glue.Last) || lx.Relative.TryMatch(t, counted.End, out var countedDir) && countedDir.PrefixLength == 0 && countedDir.Value.Category == "direction"
                     || counted.Value.Count == 1 && definite >= SingularCountFrom && !Percent(i) && dates.Year(afterDefinite, allowBare: false) is null))
        {
            meaning = new DurationMeaning(counted.Value.Unit, definite);
            at = counted.End;
        }
        else if (t[i].Key.StartsWith(Glue.Al, StringComparison.Ordinal) && lx.Units.TryWord(t[i].Key[2..], out var dual) && dual.Count == 2
                 && lx.Relative.TryMatch(t, i + 1, out var dualDir) && dualDir.PrefixLength == 0 && dualDir.Value.Category == "direction")
        {
            // «الأسبوعين المقبلين», «اليومين الماضيين»: a definite dual is a duration only with its direction.
            meaning = new DurationMeaning(dual.Unit, 2);
            at = i + 1;
        }
        if (meaning is null) return null;
        if (lx.Relative.TryMatch(t, at, out var dir) && dir.PrefixLength == 0 && dir.Value.Category == "direction") at = dir.End;
        else if (IsKey(at, Glue.Last)) at++;
        return new Parse(i, 0, at, meaning, "duration.definite");
    }

    /// <summary>
    /// One more period: «التمديد لعام ثالث», «أنهى أسبوعا جديدا متصدرا» (TIMEX3 P1Y, P1W); the adjective (relative.tsv,
    /// category another) makes the singular period a length, not a date.
    /// </summary>
    internal Parse? AnotherPeriod(int i)
    {
        if (!lx.Units.TryMatch(t, i, out var unit) || unit.Value.Count != 1 || t[i].Key.StartsWith(Glue.Al, StringComparison.Ordinal)
            || !lx.Relative.TryMatch(t, unit.End, out var another) || another.PrefixLength != 0 || another.Value.Category != "another")
            return null;
        return new Parse(i, unit.PrefixLength, another.End, new DurationMeaning(unit.Value.Unit, 1), "duration.another");
    }

    /// <summary>
    /// An age as an ordinal of one's life: «في الخامسة والعشرين من عمره», «في السادسة عشرة من عمرها» (TIMEX3 P25Y, as
    /// «24 عاما» after a name is an age); after a word of age (relative.tsv, category ageword) the ordinal alone is one
    /// («في سن التاسعة والستين», «في عمر الخامسة», «أكمل عامه الرابع»), and so is a number with the article («بعد سن الـ70»).
    /// </summary>
    internal Parse? Age(int i)
    {
        if (!numbers.Ordinal(i, out var years, out var end, out var prefix))
            return AgeInDigits(i);
        if (years is < 1 or > 130) return null;
        if (lx.Relative.TryMatch(t, end, out var life) && life.PrefixLength == 0 && life.Value.Category == "life")
            return new Parse(i, prefix, life.End, new DurationMeaning(TimeUnit.Year, years), "duration.age");
        return prefix == 0 && AfterAgeWord(i) ? new Parse(i, 0, end, new DurationMeaning(TimeUnit.Year, years), "duration.age") : null;
    }

    /// <summary>«بعد سن الـ70»: digits written with the article after a word of age.</summary>
    private Parse? AgeInDigits(int i)
    {
        if (IntAt(i) is not { } years || years is < 1 or > 130 || i < 2 || !t[i - 1].IsWord || t[i - 1].Key != Glue.Al || !AfterAgeWord(i - 1)) return null;
        return new Parse(i, 0, i + 1, new DurationMeaning(TimeUnit.Year, years), "duration.age");
    }

    private bool AfterAgeWord(int i) =>
        i > 0 && t[i - 1].IsWord && lx.Relative.TryMatch(t, i - 1, out var word) && word.End == i && word.Value.Category == "ageword";

    /// <summary>
    /// «من 3 إلى 5 سنوات»، «ما بين أربعة الى خمسة أشهر»، «40-44 عامًا»: a bare amount joined by «إلى/حتى» or a dash to a
    /// length takes that length's unit, a range of lengths (TIMEX3 P4M/P5M), not the second length alone.
    /// </summary>
    internal Parse? LengthRange(int i)
    {
        if (!numbers.Amount(i, out var low, out var at, out var prefix) || lx.Units.TryMatch(t, at, out _)) return null;
        if (!(IsKey(at, Glue.Ila) || IsKey(at, Glue.Hatta) || IsPunct(at, "-"))) return null;
        if (!Duration(at + 1, out var high) || high.Prefix != 0 || high.Bare || high.Meaning.Amount is not { } top || top <= low) return null;
        return new Parse(i, prefix, high.End, new DateRange(high.Meaning with { Amount = low }, high.Meaning), "duration.range", [TimeFlags.Range]);
    }

    /// <summary>«5 في المائة عام 2014»: «المائة» after «في» is a percentage, and the year word after it leads a year.</summary>
    private bool Percent(int i) => i > 0 && IsKey(i - 1, Glue.Fi);

    /// <summary>The smallest amount Arabic counts with a singular noun («أحد عشر عاماً»).</summary>
    private const int SingularCountFrom = 11;

    /// <summary>
    /// الأربع، الثلاثة، الأربع والعشرين، الخمسة عشر، المائة: a cardinal with the article, as it follows a definite plural
    /// («الأعوام المائة») or precedes its counted noun. «ل» before the article drops its alif («للخمسة عشر عاماً»), a
    /// reading the clitic stripper restores with the whole word kept in the span.
    /// </summary>
    internal bool DefiniteAmount(int i, out decimal value, out int end)
    {
        value = 0; end = i;
        if (i >= t.Length || !t[i].IsWord || DefiniteNumber(i) is not { } number) return false;
        value = number.Value;
        end = i + 1;
        if (number.Kind == "cardinal" && numbers.TensWithWa(end, out var tens, out var tensEnd)) { value += tens; end = tensEnd; }
        // «الخمسة عشر»: the teen's ten is written after the article's unit without it, as «خمسة عشر» is after none.
        else if (number.Kind == "cardinal" && lx.Numbers.TryMatch(t, end, out var ten) && ten.PrefixLength == 0 && ten.Value.Kind == "ten") { value += 10; end = ten.End; }
        return value >= 3 || number.Kind != "cardinal";
    }

    /// <summary>The number word of a reading of the token with the article and no letter left out of the span.</summary>
    private NumberWord? DefiniteNumber(int i)
    {
        foreach (var (word, prefix) in t[i].Readings)
            if (prefix == 0 && word.StartsWith(Glue.Al, StringComparison.Ordinal) && lx.Numbers.TryWord(word[Glue.Al.Length..], out var number)
                && number.Kind is "cardinal" or "ten" or "tens" or "hundred")
                return number;
        return null;
    }

    /// <summary>
    /// «لأدنى مستوى في أسبوع»، «أعلى مستوياته في شهر»: after a comparative, a level noun and «في» (relative.tsv, category
    /// level), a lone singular is a length of one unit, the span a counted one has («أدنى مستوياته في خمس سنوات»).
    /// </summary>
    internal Parse? LevelDuration(int i)
    {
        if (i < 3 || !IsKey(i - 1, Glue.Fi) || !t[i - 2].IsWord || !lx.LevelNouns.Contains(t[i - 2].Key)
            || !lx.Relative.TryMatch(t, i - 3, out var comparison) || comparison.Value.Category != "comparative" || comparison.End != i - 2
            || !Duration(i, out var d) || !d.Bare || d.Prefix != 0) return null;
        return new Parse(i, 0, d.End, d.Meaning, "duration.level");
    }

    /// <summary>
    /// «أكثر من دقيقة يومياً»، «أقل من شهر»: after an approximator (relative.tsv) a lone singular is a length of one
    /// unit, as a counted one is; the approximator stays out of the span, as it does before a number.
    /// </summary>
    internal Parse? ApproximateDuration(int i)
    {
        if (!lx.Relative.TryMatch(t, i, out var approx) || approx.Value.Category is not ("approximator" or "lasting")) return null;
        // «تستمر شهرا»، «دامت عاما»: after a verb of lasting the lone singular is how long, exactly one unit.
        var lasting = approx.Value.Category == "lasting";
        string[] flags = lasting ? [] : [TimeFlags.Approximate];
        var rule = lasting ? "duration.lasting" : "duration.approximate";
        // «لا تتعدى الساعتين»، «تجاوزت الأسبوعين»: a definite dual after it is a length of two.
        var at = approx.End;
        if (at < t.Length && t[at].IsWord && t[at].Key.StartsWith(Glue.Al, StringComparison.Ordinal)
            && lx.Units.TryWord(t[at].Key[Glue.Al.Length..], out var dual) && dual.Count == 2)
            return new Parse(at, 0, at + 1, new DurationMeaning(dual.Unit, 2), rule, flags);
        if (!Duration(approx.End, out var d) || !d.Bare || d.Prefix != 0
            // «نحو عام 2008» is about the year 2008, not about a year's length.
            || dates.Year(approx.End, allowBare: true) is not null
            // «مدة عقد اللاعب»: a lone «عقد» after a word of lasting is the contract whose term it is.
            || lasting && d.Meaning.Unit == TimeUnit.Decade) return null;
        return new Parse(approx.End, 0, d.End, d.Meaning, rule, flags);
    }

    /// <summary>
    /// A bare plural period, with «من الزمن» after it if written («سنوات»، «عقود من الزمن»), as a length of unknown size
    /// (PXY; a decade or century also PXY). It must end the clause or meet a function word or a word with a proclitic
    /// («طوال عقود قبل»، «على مدى سنوات بسبب»): before a noun it governs it names the days of a thing («طوال أيام عيد
    /// الفطر»، «طوال سنوات حكمه»، «أيام الأسبوع»), which the corpus run showed read wrongly as a length.
    /// </summary>
    internal (DurationMeaning Meaning, int End)? UnknownPluralLength(int at, bool clitic = false)
    {
        if (!lx.Units.TryMatch(t, at, out var plural) || (plural.PrefixLength != 0) != clitic || plural.Value.Count is not null) return null;
        var end = plural.End;
        if (lx.Relative.TryMatch(t, end, out var filler) && filler.PrefixLength == 0 && filler.Value.Category == "filler") return (new DurationMeaning(plural.Value.Unit, null), filler.End);
        if (end < t.Length && t[end].IsWord && !IsKey(end, Glue.EventStops) && t[end].Readings.Length == 1) return null;
        return (new DurationMeaning(plural.Value.Unit, null), end);
    }

    /// <summary>How many words may stand between a verb of lasting and «ل» with a bare plural period.</summary>
    private const int LastingReach = 3;

    /// <summary>
    /// «لعقود من الزمن»، «استمرت المفاوضات لأشهر»، «ظل لسنوات»: «ل» and a bare plural period is a length of unknown size
    /// only with «من الزمن» after it or a verb of lasting or remaining (relative.tsv, category lasting) up to three words
    /// before it; alone «لعقود» are contracts and «لأشهر» the most famous.
    /// </summary>
    internal Parse? LamPluralLength(int i)
    {
        if (!lx.Units.TryMatch(t, i, out var plural) || plural.PrefixLength == 0 || plural.Value.Count is not null
            || !t[i].Key[..plural.PrefixLength].EndsWith(Glue.Lam, StringComparison.Ordinal)) return null;
        if (UnknownPluralLength(i, clitic: true) is not { } whole) return null;
        var byFiller = whole.End > plural.End;
        if (!byFiller && !LastingBefore(i)) return null;
        return new Parse(i, plural.PrefixLength, whole.End, whole.Meaning, byFiller ? "duration.plural-filler" : "duration.lasting-plural");
    }

    private bool LastingBefore(int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - LastingReach); j--)
        {
            if (!t[j].IsWord) return false;
            if (lx.Relative.TryMatch(t, j, out var verb) && verb.Value.Category == "lasting" && verb.End == j + 1) return true;
        }
        return false;
    }

    internal Parse? StandaloneDuration(int i)
    {
        if (!Duration(i, out var d) || d.Bare) return null;
        return new Parse(i, d.Prefix, d.End, d.Meaning, "duration");
    }

    /// <summary>يوميا، أسبوعيا؛ كل يوم، كل عامين، كل ثلاثة أشهر؛ كل [يوم] جمعة.</summary>
    internal Parse? SetExpression(int i)
    {
        // «عاماً بعد عام»، «يوماً بعد يوم»، «عاماً بعد آخر»: a unit, «بعد» and the same unit again (or «another») recur once a unit.
        if (lx.Units.TryMatch(t, i, out var unit) && unit.Value.Count == 1 && IsKey(unit.End, Glue.Baad))
        {
            var end = lx.Units.TryMatch(t, unit.End + 1, out var again) && again.PrefixLength == 0 && again.Value == unit.Value ? again.End
                : IsKey(unit.End + 1, Glue.AnotherOne) ? unit.End + 2 : -1;
            if (end > 0)
                return new Parse(i, unit.PrefixLength, end, new Recurrence(Resolution.IsoFormat.Duration(new DurationMeaning(unit.Value.Unit, 1))), "set.repeated");
        }
        if (lx.Relative.TryMatch(t, i, out var masculine) && masculine.Value.Category == "repeated")
            return RepeatedAdjective(i, masculine);
        if (lx.Relative.TryMatch(t, i, out var definite) && definite.Value.Category == "definite")
            return DefiniteRepeatedAdjective(i, definite);
        if (!lx.Relative.TryMatch(t, i, out var m) || m.Value.Category != "set") return null;
        if (m.Value.Value != "EACH") return new Parse(i, m.PrefixLength, m.End, new Recurrence(m.Value.Value), "set.adverb");
        var at = m.End;
        var yawm = IsKey(at, Glue.Yawm) && lx.Weekdays.TryMatch(t, at + 1, out _);
        if (yawm) at++;
        // «كل جمعة» every Friday, but «كل أحد» everyone: a name that is also a numeral needs «يوم» («كل يوم أحد»).
        if (lx.Weekdays.TryMatch(t, at, out var wd) && wd.PrefixLength == 0 && (yawm || !wd.Value.OnlyAfterYawm))
            return new Parse(i, m.PrefixLength, wd.End, new Recurrence($"XXXX-WXX-{wd.Value.IsoDay}"), "set.weekday");
        if (Duration(at, out var d) && d.Prefix == 0)
            return new Parse(i, m.PrefixLength, d.End, new Recurrence(Resolution.IsoFormat.Duration(d.Meaning)), "set.each");
        return null;
    }

    /// <summary>
    /// «لقاء سنوي»، «بشكل ممنهج ويومي»: the masculine adjective of a repeated thing recurs, unless a comparison noun
    /// precedes it («على أساس سنوي», year on year), a level or an amount noun does («أدنى مستوى أسبوعي»، «أداء أسبوعي»)
    /// or a number, month or weekday follows it (the duals «يومي 20 و21»,
    /// «شهري رجب وشعبان», «يومي السبت والأحد»).
    /// </summary>
    private Parse? RepeatedAdjective(int i, PhraseMatch<RelativeWord> adjective)
    {
        if (i > 0 && lx.Relative.TryMatch(t, i - 1, out var basis) && basis.Value.Category == "comparison") return null;
        // «أدنى مستوى أسبوعي»، «صفقات أسبوعية»: a level or an amount over the period is that period's measure.
        if (i > 0 && t[i - 1].IsWord && t[i - 1].Readings.Any(r => lx.LevelNouns.Contains(r.Word) || lx.AmountNouns.Contains(r.Word))) return null;
        var next = adjective.End;
        if (next < t.Length && (t[next].IsNumber || lx.Months.TryMatch(t, next, out _) || lx.Weekdays.TryMatch(t, next, out _))) return null;
        return new Parse(i, adjective.PrefixLength, next, new Recurrence(adjective.Value.Value), "set.adjective");
    }

    /// <summary>
    /// «التقرير السنوي»، «حفل المعايدة السنوي»، «التمارين اليومية»: the definite adjective of a repeated thing after a
    /// definite noun recurs, unless one of the two words before it is a noun of an amount over the period («الإيرادات
    /// السنوية»، «إيجار الشقة الشهري»، «الصفقات الأسبوعية»: that period's measure) or a number, month or weekday follows it.
    /// After a word without the article it is a family name («محمد الشهري»), as after «عبد» («عبد الله الشهري») and a
    /// name after «بن» («محمد بن الشيبة الشهري»).
    /// </summary>
    private Parse? DefiniteRepeatedAdjective(int i, PhraseMatch<RelativeWord> adjective)
    {
        if (adjective.PrefixLength != 0 || i == 0 || !t[i - 1].IsWord || !t[i - 1].Readings.Any(r => r.Word.StartsWith(Glue.Al, StringComparison.Ordinal))) return null;
        if (i > 1 && t[i - 2].IsWord && t[i - 2].Key == Glue.Abd) return null;
        // «محمد بن الشيبة الشهري»: after «بن» and a name it is a family name too.
        if (i > 1 && t[i - 2].IsWord && Glue.SonOf.Contains(t[i - 2].Key)) return null;
        for (var w = i - 1; w >= Math.Max(0, i - 2); w--)
            if (t[w].IsWord && t[w].Readings.Any(r => lx.AmountNouns.Contains(r.Word.StartsWith(Glue.Al, StringComparison.Ordinal) ? r.Word[Glue.Al.Length..] : r.Word)))
                return null;
        var next = adjective.End;
        if (next < t.Length && (t[next].IsNumber || lx.Months.TryMatch(t, next, out _) || lx.Weekdays.TryMatch(t, next, out _))) return null;
        return new Parse(i, 0, next, new Recurrence(adjective.Value.Value), "set.definite-adjective");
    }
}
