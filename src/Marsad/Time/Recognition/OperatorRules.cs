using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>An operator and what it governs («منذ»، «حتى»، «قبل يومين»، «بعد … من»، «في غضون»), and years standing alone.</summary>
internal sealed class OperatorRules(TimeToken[] tokens, TimeLexicon lexicon, DateRules dates, RelativeRules relative, DurationRules durations) : TimeRuleFamily(tokens, lexicon)
{
    /// <summary>
    /// An operator and what it governs, kept in one span because it changes the meaning:
    /// منذ عام 2014 (since), حتى نهاية العام (until), قبل يومين / بعد ثلاثة أسابيع (a shifted date),
    /// بعد شهر ونصف من إعلانه قطع العلاقات (relative to an event), في غضون 24 ساعة (a duration).
    /// «خلال الأسبوع الماضي» keeps only the date: خلال adds nothing to it.
    /// </summary>
    internal Parse? Operator(int i)
    {
        if (!lx.Relative.TryMatch(t, i, out var op) || op.Value.Category != "operator") return null;
        var kind = op.Value.Value;
        // «قبل نحو عام», «منذ أكثر من شهرين»: an approximator between the operator and its amount keeps the reading.
        var approximated = lx.Relative.TryMatch(t, op.End, out var approx) && approx.PrefixLength == 0 && approx.Value.Category == "approximator";
        var at = approximated ? approx.End : op.End;
        var governed = Governed(at);
        var vague = VagueAmount(at, kind, op.PrefixLength, i);
        if (vague is not null) return vague;
        switch (kind)
        {
            case "since" or "until" or "from":
                if (governed is not null)
                {
                    if (kind == "since" && governed.Meaning is CalendarDate { Year: null } since)
                        governed = governed with { Meaning = since with { NotAfterAnchor = true } };
                    return With(governed, i, op.PrefixLength, kind == "until" ? TimeFlags.Until : TimeFlags.Since) with { Rule = $"{kind}." + governed.Rule };
                }
                if (kind == "since" && durations.Duration(at, out var ago) && ago.Prefix == 0)
                    return new Parse(i, op.PrefixLength, ago.End, ago.Meaning.ToShift(-1), "since.duration",
                        approximated ? [TimeFlags.Since, TimeFlags.CountBack, TimeFlags.Approximate] : [TimeFlags.Since, TimeFlags.CountBack]);
                return null;
            case "before" or "after":
                var sign = kind == "before" ? -1 : 1;
                if (durations.Duration(at, out var offset) && offset.Prefix == 0 && offset.Meaning.Amount is not null)
                {
                    // «بعد أكثر من عام قضاه في سورية»: the length the subject spent, a duration, not a date from now.
                    if (lx.Relative.TryMatch(t, offset.End, out var spent) && spent.PrefixLength == 0 && spent.Value.Category == "spent")
                        return new Parse(op.End, 0, offset.End, offset.Meaning, "duration.spent");
                    // «تغادر بعد شهرين أو أقل من حضورها»، «استحقاقها بعد 25 سنة أو أكثر»: a bound after the length
                    // measures it, a duration, not a date from now («قبل 30 سنة أو أقل» is still about when, a date).
                    if (kind == "after" && IsKey(offset.End, Glue.Aw) && lx.Relative.TryMatch(t, offset.End + 1, out var bound) && bound.PrefixLength == 0
                        && bound.Value.Category is "comparative" or "approximator")
                        return new Parse(op.End, 0, offset.End, offset.Meaning, "duration.bounded");
                    // «ثم مرر بعد ثلاث دقائق»: minutes and seconds after «بعد/قبل» count from the story's moment, which a
                    // date from the article's day cannot give; how long it took is what the text says.
                    if (offset.Meaning.Unit is TimeUnit.Minute or TimeUnit.Second && !IsKey(offset.End, Glue.Min))
                        return new Parse(op.End, 0, offset.End, offset.Meaning, "duration.story-moment");
                    // «قبل عقد من الزمن»: «of time» after the length adds nothing and names no event.
                    if (lx.Relative.TryMatch(t, offset.End, out var filler) && filler.PrefixLength == 0 && filler.Value.Category == "filler")
                        return new Parse(i, op.PrefixLength, filler.End, offset.Meaning.ToShift(sign), $"{kind}.duration",
                            approximated ? [TimeFlags.Approximate] : []);
                    if (IsKey(offset.End, Glue.Min) && IsKey(offset.End + 1, Glue.Now))
                        return new Parse(i, op.PrefixLength, offset.End + 2, offset.Meaning.ToShift(sign), $"{kind}.duration-from-now");
                    // «بعد ثلاثة أيام من النقاش»، «بعد عقد من النمو»: a length of an activity that lasts is how long it
                    // went on, a duration, not a date counted from it.
                    if (IsKey(offset.End, Glue.Min) && Activity(offset.End + 1))
                        return new Parse(op.End, 0, offset.End, offset.Meaning, "duration.activity");
                    // «بعد قرابة 25 عامًا على سقوط النظام»، «وبعد أكثر من ثلاثة عقود على حصارها»: «على» after the length
                    // counts the years gone by since the event, a duration (the event's own date is an expression of its own).
                    if (kind == "after" && IsKey(offset.End, Glue.Ala))
                        return new Parse(op.End, 0, offset.End, offset.Meaning, "duration.since-event");
                    if (IsKey(offset.End, Glue.Min) && EventPhrase(offset.End + 1, out var eventEnd))
                        return new Parse(i, op.PrefixLength, eventEnd, new EventRelative(offset.Meaning, sign, offset.End + 1, eventEnd), $"{kind}.event");
                    // «قبل عام» is a year ago, but «قبل عام 2020» is a date governed by قبل: the longer reading wins.
                    if (governed is null || governed.End <= offset.End)
                        return new Parse(i, op.PrefixLength, offset.End, offset.Meaning.ToShift(sign), $"{kind}.duration",
                            approximated ? [TimeFlags.Approximate] : []);
                }
                if (governed is not null)
                    return With(governed, i, op.PrefixLength, kind == "before" ? TimeFlags.Before : TimeFlags.After) with { Rule = $"{kind}." + governed.Rule };
                return null;
            case "within" or "throughout":
                // «من خلال عقد اتفاقيات» (through holding agreements): «خلال» closing «من خلال» governs no period.
                if (i > 0 && lx.Relative.TryMatch(t, i - 1, out var means) && means.Value.Category == "means" && means.End == op.End) return null;
                if (durations.Duration(at, out var span) && span.Prefix == 0 && (governed is null || governed.End <= span.End))
                    return new Parse(i, op.PrefixLength, span.End, span.Meaning, "within.duration");
                if (kind == "throughout" && !approximated && durations.UnknownPluralLength(at) is { } years)
                    return new Parse(i, op.PrefixLength, years.End, years.Meaning, "throughout.plural");
                if (durations.DefiniteDuration(at) is { } definite)
                    return definite with { Start = i, PrefixLength = op.PrefixLength, Rule = "within." + definite.Rule };
                // «لمدة تقارب الستة أشهر»: after a length operator the counted period needs no direction to be a length.
                if (durations.DefiniteAmount(at, out var count, out var countEnd) && lx.Units.TryMatch(t, countEnd, out var countedUnit) && countedUnit.PrefixLength == 0)
                    return new Parse(i, op.PrefixLength, countedUnit.End, new DurationMeaning(countedUnit.Value.Unit, count), "within.duration.definite");
                return governed;
            default:
                return null;
        }
    }

    /// <summary>
    /// «قبل أيام», «منذ سنوات», «بعد أسابيع», «قبل عدة سنوات»: an operator before a period with no number is a vague
    /// reference (TIMEX3 PAST_REF / FUTURE_REF), not a duration.
    /// </summary>
    private Parse? VagueAmount(int at, string kind, int prefix, int start)
    {
        if (kind is not ("before" or "after" or "since")) return null;
        int end;
        DurationMeaning length;
        if (durations.Duration(at, out var several) && several.Prefix == 0 && several.Meaning.Amount is null) (end, length) = (several.End, several.Meaning);
        else if (lx.Units.TryMatch(t, at, out var plural) && plural.PrefixLength == 0 && plural.Value.Count is null)
            (end, length) = (plural.End, new DurationMeaning(plural.Value.Unit, null));
        else return null;
        var lengthEnd = end;
        // «قبل أيام قليلة»، «منذ سنوات طويلة»: a word that leaves the amount unknown belongs to it.
        if (lx.Relative.TryMatch(t, end, out var few) && few.PrefixLength == 0 && few.Value.Category == "indefinite") end = few.End;
        // «بعد ساعات من الهجوم»، «قبل دقائق من نهاية الشوط» count from the event, not from now: no vague reference to
        // the publication date but the offset, a length of unknown size (PTXH), as «بعد يومين من الإعلان» is P2D.
        // «بعد سنوات من المفاوضات»: before a lasting activity the length is how long it went on (PXY), as with a number.
        if (IsKey(end, Glue.Min))
            return kind != "since" && end == lengthEnd ? new Parse(at, 0, end, length, Activity(end + 1) ? "duration.activity" : "duration.event-offset") : null;
        var flags = kind == "since" ? new[] { TimeFlags.Since } : [];
        return new Parse(start, prefix, end, new VagueRef(kind == "after" ? "FUTURE_REF" : "PAST_REF"), $"{kind}.vague", flags);
    }

    /// <summary>A date-like expression after an operator; a bare year counts here (منذ 2014).</summary>
    private Parse? Governed(int at)
    {
        Parse? best = null;
        foreach (var p in new[] { dates.Date(at), relative.Modified(at), relative.Relative(at), relative.Decade(at), BareYear(at) })
            if (p is not null && p.PrefixLength == 0 && (best is null || p.End > best.End)) best = p;
        return best;
    }

    internal Parse? BareYear(int i) => dates.Year(i, allowBare: true);

    /// <summary>
    /// عام 2010، سنة 1990، العام 2023، 2022م; a bare 2019 only after في، منذ، حتى… or in a list of years («مواسم 1981،
    /// 1987، 1989»), never as an amount: «أكثر من 2000 شخص»، «تصل سرعتها إلى 2000 كلم».
    /// </summary>
    internal Parse? StandaloneYear(int i) =>
        dates.Year(i, allowBare: (PrecededByTimePreposition(i) && !Counted(i)) || TitleYear(i) || ListedYear(i) || EditionYear(i))
        ?? (BracketedYearBeforePhrase(i) && dates.Year(i, allowBare: true) is { } year ? year with { Rule = "date.year.bracketed" } : null);

    /// <summary>How many words may stand between an edition noun and its year («كأس أمم أوروبا 2016»).</summary>
    private const int EditionReach = 4;

    /// <summary>
    /// «كأس العالم 2018»، «مونديال 2014»، «يورو 2016»، «رؤية 2030»: a bare year a few words after the noun of an event
    /// held in editions or a plan named by its year (relative.tsv, category edition), with no punctuation between and no
    /// unit or currency after it.
    /// </summary>
    private bool EditionYear(int i)
    {
        if (!t[i].IsNumber || t[i].Key.Length != 4 || Counted(i)) return false;
        for (var j = i - 1; j >= Math.Max(0, i - EditionReach); j--)
        {
            if (!t[j].IsWord) return false;
            foreach (var (word, _) in t[j].Readings)
                if (lx.EditionWords.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>
    /// A bare number that counts something rather than dates: after «من» that follows a comparative (relative.tsv,
    /// category comparative: «أكثر من 2000 شخص»، «أكبر من 2000»), or before a unit of measure or a currency (category
    /// measure: «إلى 2000 كلم»، «في 2015 دولاراً»), also as the first end of a range of it («من 2000 إلى 4000 ملغ»).
    /// </summary>
    private bool Counted(int i) =>
        (i >= 2 && IsKey(i - 1, Glue.Min) && t[i - 2].IsWord && t[i - 2].Readings.Any(r => lx.Relative.TryWord(r.Word, out var w) && w.Category == "comparative"))
        || Measured(i + 1)
        || (IsKey(i + 1, Glue.Ila) || IsKey(i + 1, Glue.Hatta) || IsPunct(i + 1, "-")) && i + 2 < t.Length && t[i + 2].IsNumber && Measured(i + 3);

    /// <summary>A unit of measure or a currency at token i (relative.tsv, category measure: «كلم»، «ريال»).</summary>
    internal bool Measured(int i) => lx.Relative.TryMatch(t, i, out var unit) && unit.PrefixLength == 0 && unit.Value.Category == "measure";

    /// <summary>A year right after another year and a comma or «و»: the next of a list («1981، 1987»، «2012 و2014»).</summary>
    private bool ListedYear(int i) =>
        i >= 2 && (IsComma(i - 1) || IsKey(i - 1, Glue.Wa)) && t[i - 2].IsNumber && t[i - 2].Key.Length == 4
        && IntAt(i - 2) is >= 1900 and <= 2100;

    /// <summary>
    /// «أفاتار» (2009), لدوغ ليمان (2010): a year alone in brackets after a quoted title, or before a colon or the end
    /// of the clause, dates the work named before it. «(2000) ريال» is an amount, so a word must not follow.
    /// </summary>
    private bool TitleYear(int i)
    {
        if (i == 0 || !IsPunct(i - 1, "(") || !IsPunct(i + 1, ")")) return false;
        var afterTitle = i >= 2 && t[i - 2].Kind == TimeTokenKind.Punct && t[i - 2].Key is "»" or "\"" or "”";
        return afterTitle || i + 2 >= t.Length || t[i + 2].Kind == TimeTokenKind.Punct;
    }


    /// <summary>
    /// «مسجد الشيخ حمد (1974) في البحرين»، «قانون (2012) الذي ألغي»: a year alone in brackets after a name, before a word
    /// that opens a phrase of its own (Glue.EventStops: a preposition, a relative, a conjunction), dates the thing named;
    /// so does one before a word that carries such a preposition or conjunction as a proclitic («جامع الخلفاء (1963)
    /// ببغداد»، «(1966) ومكتبة الأوقاف»). A number a noun follows counts it («(1500) بلاغ»), one after «رقم» is a serial
    /// number, and «من» after it is a part of a whole («(2000) من الجنود»).
    /// </summary>
    private bool BracketedYearBeforePhrase(int i) =>
        i >= 2 && IsPunct(i - 1, "(") && t[i - 2].IsWord && t[i].IsNumber && t[i].Key.Length == 4 && IsPunct(i + 1, ")")
        && IntAt(i) is >= BracketedYearFrom and <= BracketedYearTo && !Numbering(i - 2)
        && i + 2 < t.Length && (IsKey(i + 2, Glue.EventStops) && !IsKey(i + 2, Glue.Min) || OpensWithProclitic(i + 2));

    /// <summary>«قرار وزير الداخلية رقم (2000) بتاريخ…»: after a noun of numbering (relative.tsv, category numbering) the number is a serial one.</summary>
    private bool Numbering(int i) => lx.Relative.TryMatch(t, i, out var noun) && noun.End == i + 1 && noun.Value.Category == "numbering";

    /// <summary>
    /// A word whose best analysis begins with a conjunction or a preposition written onto it (و، ف، ب، ل، ك): «ببغداد»،
    /// «وغيرها». The segmenter keeps a counted noun whole («بلاغ»، «ورقة» are words of their own).
    /// </summary>
    private bool OpensWithProclitic(int i) =>
        t[i].IsWord && Text.Morphology.CliticSegmenter.Analyze(t[i].Key, t[i].Key).Proclitics is [var first, ..]
        && first is "و" or "ف" or "ب" or "ل" or "ك";

    /// <summary>The years a bracketed year after a name is read in: buildings, laws and works of the last two centuries.</summary>
    private const int BracketedYearFrom = 1800, BracketedYearTo = 2100;

    /// <summary>A noun of an activity that lasts (relative.tsv, category activity), by any of its bases (النقاش، غيابي).</summary>
    private bool Activity(int i) =>
        i < t.Length && t[i].IsWord && Text.Morphology.CliticSegmenter.Analyze(t[i].Key, t[i].Key).Candidates.Any(lx.ActivityNouns.Contains);

    /// <summary>
    /// The event an offset is counted from: up to three words, stopping at punctuation, a function word or a date,
    /// which is the event's own date and an expression of its own («بعد ثلاث سنوات من كارثة سبتمبر (أيلول) 2001»).
    /// </summary>
    private bool EventPhrase(int i, out int end)
    {
        end = i;
        while (end < t.Length && end - i < 3 && t[end].IsWord && !IsKey(end, Glue.EventStops) && (end == i || Governed(end) is null)) end++;
        return end > i;
    }
}
