using Marsad.LanguageData;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// «اليوم» as "nowadays" (PRESENT_REF) rather than the publication day: «شباب اليوم», «هي اليوم الأكثر انتشاراً»,
/// «ولم يعد خافياً اليوم». A dated report says «اليوم» after its verb (أعلنت الوزارة اليوم) or with a weekday; a
/// generic present statement puts it after a noun it qualifies or in a clause of being and becoming, sets it against
/// an earlier time (أما اليوم، لكن اليوم), fronts it with a comma at the opening of a sentence or quotation, or puts it
/// between a fronted definite subject and its verb («فالناس اليوم تتحدث»). The words
/// that tell them apart are data (Resources/Time/nowadays-cues.tsv).
/// </summary>
internal sealed class NowadaysToday(TimeToken[] tokens, int[] sentenceOf, DateOnly? anchor)
{
    private const int ClauseWindow = 3;

    private static readonly Lazy<(HashSet<string> Construct, HashSet<string> Clause, HashSet<string> Contrast, HashSet<string> Opener, HashSet<string> Start, HashSet<string> Lasting)> s_cues = new(() =>
    {
        var lasting = new HashSet<string>(StringComparer.Ordinal);
        var construct = new HashSet<string>(StringComparer.Ordinal);
        var clause = new HashSet<string>(StringComparer.Ordinal);
        var contrast = new HashSet<string>(StringComparer.Ordinal);
        var opener = new HashSet<string>(StringComparer.Ordinal);
        var start = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in LanguageFile.DataLines("Time", "nowadays-cues.tsv"))
        {
            var f = line.Text.Split('\t');
            (f[0] switch
            {
                "construct" => construct,
                "clause" => clause,
                "contrast" => contrast,
                "opener" => opener,
                "start" => start,
                "lasting" => lasting,
                _ => throw new InvalidDataException($"MARSAD-T003 Unreadable line in Resources/Time/nowadays-cues.tsv: '{line.Text}'; categories are construct, clause, contrast, opener, start and lasting."),
            }).Add(MatchingKey.Of(f[1]));
        }
        return (construct, clause, contrast, opener, start, lasting);
    });

    private static readonly string Today = MatchingKey.Of("اليوم");

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        var cued = false;
        for (var k = 0; k < resolved.Count; k++)
        {
            var (parse, r) = resolved[k];
            if (r is null) continue;
            if (UntilTodayThatLasts(parse))
            {
                resolved[k] = Present(parse, "nowadays.until");
                continue;
            }
            if (parse.End - parse.Start != 1 || parse.Meaning is not Shift { Unit: TimeUnit.Day, Amount: 0, Weekday: null }) continue;
            // A lone «اليوم»; with «و» only as a fronted frame («واليوم، بعد تصريحات»): «واليوم» after a verb is a day.
            var lone = parse.PrefixLength == 0 && tokens[parse.Start].Key == Today;
            var joined = tokens[parse.Start].Key == And + Today;
            var byCue = lone && (Nowadays(parse.Start) || FrontedFrame(parse.Start)) || joined && FrontedFrame(parse.Start);
            var pastLead = !byCue && (lone || joined) && PastAnUndatedLead(resolved, k);
            if (!(byCue || pastLead)) continue;
            // Past the lead of a text that reports no day it is a column's «اليوم», and so are its other lone «اليوم»
            // and «الغد» («تحقيقه اليوم وفي الغد»), as after a cue.
            cued |= pastLead;
            // A noun before it may be a name's («مستشفى الأطفال اليوم», the children's hospital): too weak a cue to
            // read the rest of the text by.
            cued |= byCue && !(lone && AfterConstructNoun(parse.Start) && !Nowadays(parse.Start, construct: false));
            resolved[k] = Present(parse);
        }
        if (cued && AnUndatedText(resolved)) SpreadThroughTheText(resolved);
    }

    private static (Parse, Resolved?) Present(Parse parse, string rule = "nowadays") =>
        (parse with { Rule = rule }, new Resolved(TimexType.Date, "PRESENT_REF", TimeGranularity.Vague, null, []));

    /// <summary>
    /// «نحن اليوم نقف …» and later «كل تحالفاتنا اليوم تتمثل …»، «سوف نواجه تحالفات إيران القوية غدا»: once a cue reads a
    /// lone «اليوم» of a text as the present, and the text names no day, its other lone «اليوم» (and «حتى اليوم») are
    /// the present too and a lone «غدا»/«الغد» the future: a column speaks of its age throughout, wherever its sentences
    /// stand (the cue-less rule waits <see cref="LeadSentences"/> sentences). A report dates its news in its lead, so the
    /// text's first «اليوم» must be the cued one or lie past its first sentence (<see cref="AnUndatedText"/>).
    /// </summary>
    private void SpreadThroughTheText(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 0; k < resolved.Count; k++)
        {
            var (parse, r) = resolved[k];
            if (r is null || r.Value is "PRESENT_REF" || DeicticDay(parse) is not { } shift) continue;
            if (shift == 0 && !KeepsTheDay(parse)) resolved[k] = Present(parse, "nowadays.text");
            else if (shift == 1)
                resolved[k] = (parse with { Rule = "nowadays.future" }, new Resolved(TimexType.Date, "FUTURE_REF", TimeGranularity.Vague, null, []));
        }
    }

    /// <summary>
    /// No day named in the text but its lone «اليوم»/«غدا» (no weekday, date, «أمس» or clock), and its first «اليوم»
    /// either read as the present by a cue or past its first sentence, where a report names the day of its news.
    /// </summary>
    private bool AnUndatedText(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        var firstSeen = false;
        foreach (var (parse, r) in resolved)
        {
            if (r is null) continue;
            if (DeicticDay(parse) is { } shift)
            {
                if (shift != 0 || firstSeen) continue;
                firstSeen = true;
                if (r.Value != "PRESENT_REF" && SentencesBefore(parse.Start) == 0) return false;
                continue;
            }
            if (r is { Granularity: TimeGranularity.Day or TimeGranularity.PartOfDay or TimeGranularity.Minute } && r.Value != "PRESENT_REF" && !OfAnEvent(parse)) return false;
        }
        return true;
    }

    // The day a lone «اليوم» (0) or «غدا»/«الغد» (1) names, with «و» or «حتى» before it; null for any other expression.
    private int? DeicticDay(Parse parse)
    {
        if (parse.Meaning is not Shift { Unit: TimeUnit.Day, Amount: 0 or 1, Weekday: null } shift) return null;
        var last = tokens[parse.End - 1].Key;
        var word = parse.End - parse.Start == 1 ? last
            : parse.End - parse.Start == 2 && parse.Flags.Contains(TimeFlags.Until) ? last : null;
        if (word is null) return null;
        if (word.StartsWith(And, StringComparison.Ordinal)) word = word[And.Length..];
        return shift.Amount == 0 ? (word == Today ? 0 : null) : (word == Tomorrow || word == TheMorrow ? 1 : null);
    }

    // «من اليوم» (from today on) starts from the day the text is written; a weekday set off after it by quotes
    // («اليوم «الاثنين»») names the day.
    private bool KeepsTheDay(Parse parse)
    {
        var at = parse.Start;
        if (at > 0 && tokens[at - 1].IsWord && Any(at - 1, s_cues.Value.Start)) return true;
        var next = parse.End;
        while (next < tokens.Length && !tokens[next].IsWord && !tokens[next].IsNumber && sentenceOf[next] == sentenceOf[at]) next++;
        return next < tokens.Length && TimeLexicon.Default.Weekdays.TryMatch(tokens, next, out _);
    }

    /// <summary>
    /// «(وما زال حتى اليوم) غير قادر»، «لم تعلن أي جهة مسؤوليتها حتى اليوم»: «حتى اليوم» after a verb of lasting or a
    /// denial in its clause is "up to now", the present (as «حتى الآن»), not the day a stretch ends («تستمر الفعاليات حتى
    /// اليوم»); so is one fronted before the denial that is its clause's verb («أن الحياة حتى اليوم لم تعلمنا»).
    /// </summary>
    private bool UntilTodayThatLasts(Parse parse)
    {
        if (parse.End - parse.Start != 2 || !parse.Flags.Contains(TimeFlags.Until) || tokens[parse.End - 1].Key != Today
            || parse.Meaning is not Shift { Unit: TimeUnit.Day, Amount: 0, Weekday: null }) return false;
        var words = 0;
        for (var i = parse.Start - 1; i >= 0 && sentenceOf[i] == sentenceOf[parse.Start] && words < LastingWindow; i--)
        {
            if (!tokens[i].IsWord) continue;
            words++;
            if (Any(i, s_cues.Value.Lasting)) return true;
        }
        var next = parse.End;
        if (next < tokens.Length && tokens[next].Kind == TimeTokenKind.Punct && tokens[next].Key is "،" or ",") next++;
        return next < tokens.Length && tokens[next].IsWord && sentenceOf[next] == sentenceOf[parse.Start] && Any(next, s_cues.Value.Lasting);
    }

    // A denial or a verb of lasting and the verb's subject and object: «لم تعلن أي جهة مسؤوليتها حتى اليوم».
    private const int LastingWindow = 5;

    private static readonly string Tomorrow = MatchingKey.Of("غدا");
    private static readonly string TheMorrow = MatchingKey.Of("الغد");

    /// <summary>
    /// «… التطورات التقنية التي شهدتها السينما. اليوم يمكن تأليف …» deep in a text that names no other day: a report
    /// dates its news in its lead (its first sentences name the day, «أعلنت الوزارة اليوم»), so a lone «اليوم» after
    /// <see cref="LeadSentences"/> sentences of a text with no other day in it belongs to a column or an essay and is
    /// the present, whatever its verb («تترصد له اليوم»، «قد اندرست اليوم»).
    /// </summary>
    private bool PastAnUndatedLead(List<(Parse Parse, Resolved? Resolved)> resolved, int k)
    {
        var at = resolved[k].Parse.Start;
        if (SentencesBefore(at) < LeadSentences || KeepsTheDay(resolved[k].Parse)) return false;
        // A day named anywhere else in the text (a later «يوم الاثنين الموافق…» too, or a lone «اليوم» in the lead)
        // makes it a dated report; a lone «اليوم» or «الغد» past the lead does not, nor does a day far from the anchor
        // («قتلت يوم التاسع من نيسان الماضي» in a column of July): a report's day is near its publication.
        for (var j = 0; j < resolved.Count; j++)
            if (j != k && !(DeicticDay(resolved[j].Parse) is not null && SentencesBefore(resolved[j].Parse.Start) >= LeadSentences)
                && resolved[j].Resolved is { Granularity: TimeGranularity.Day or TimeGranularity.PartOfDay or TimeGranularity.Minute, Value: not "PRESENT_REF" } day
                && !FarFromTheAnchor(day) && !OfAnEvent(resolved[j].Parse))
                return false;
        return true;
    }

    /// <summary>«في اليوم الأول لإطلاقه»: a numbered day of an event is counted from the story later, no day the text names.</summary>
    private static bool OfAnEvent(Parse parse) => parse.Rule == RelativeRules.EventDayRule;

    /// <summary>A day more than <see cref="ReportDays"/> days from the publication date: history or background, not the day a report tells.</summary>
    private bool FarFromTheAnchor(Resolved day) =>
        day is { Date: { } date } && anchor is { } published && Math.Abs(date.DayNumber - published.DayNumber) > ReportDays;

    // A week either side: «يوم الأربعاء الماضي» of a weekly's report, and the coming week's appointments.
    private const int ReportDays = 7;

    // The sentences with words before token «at» (a full stop and a line break both end a sentence in the index, so
    // the index alone overcounts).
    private int SentencesBefore(int at)
    {
        var count = 0;
        var last = -1;
        for (var i = 0; i < at; i++)
            if (tokens[i].IsWord && sentenceOf[i] != last && sentenceOf[i] != sentenceOf[at]) { count++; last = sentenceOf[i]; }
        return count;
    }

    // The sentences of a report's lead, where it names the day of its news: in the twenty-six draws the dated lone
    // «اليوم» of a text with no other day stands in its first three sentences but for two (a statement's «جرى تنفيذ 28
    // طلعة جوية اليوم», a quoted post's «تم اليوم»), while columns' «اليوم» of the present stand in their fourth and fifth
    // as well (five rather than three, the twelve draws' rule, left nine of them a day).
    private const int LeadSentences = 3;

    private bool Nowadays(int at, bool construct = true)
    {
        var (_, clause, contrast, _, _, _) = s_cues.Value;
        // «أما اليوم فيبدو»، «لكن اليوم توسع»: today set against an earlier time.
        if (at > 0 && tokens[at - 1].IsWord && sentenceOf[at - 1] == sentenceOf[at] && Any(at - 1, contrast)) return true;
        if (construct && AfterConstructNoun(at)) return true;
        for (var i = at - 1; i >= Math.Max(0, at - ClauseWindow); i--)
        {
            if (!tokens[i].IsWord || sentenceOf[i] != sentenceOf[at]) return FrontedSubject(at);
            if (Any(i, clause)) return true;
        }
        return FrontedSubject(at);
    }

    /// <summary>
    /// «فالناس اليوم تتحدث»، «ولكن الشريكين اليوم يديران»، «إن الاقتصاد العالمي اليوم يحتاج»: a definite subject of one
    /// or two words fronted at the head of its clause (its sentence's start, after punctuation or after a particle that
    /// opens a nominal clause), «اليوم» between it and an imperfect verb, states the present; a dated report puts its
    /// verb first («يفتتح الأمير اليوم المعرض»). A quotation mark is no head: «صحيفة "بيلد" الألمانية الصادرة اليوم».
    /// </summary>
    private bool FrontedSubject(int at)
    {
        if (at + 1 >= tokens.Length || !tokens[at + 1].IsWord || !ImperfectVerbShape.IsImperfect(tokens[at + 1].Key)) return false;
        for (var first = at - 1; first >= Math.Max(0, at - FrontedSubjectWords); first--)
        {
            if (!tokens[first].IsWord || sentenceOf[first] != sentenceOf[at] || !IsDefinite(first)) return false;
            if (first == 0 || sentenceOf[first - 1] != sentenceOf[first]) return true;
            var before = tokens[first - 1];
            if (!before.IsWord && !before.IsNumber && before.Key is not ("\"" or "«" or "»" or "“" or "”")) return true;
            if (before.IsWord && Any(first - 1, s_cues.Value.Opener)) return true;
        }
        return false;
    }

    private const int FrontedSubjectWords = 2;

    // «شباب اليوم» in construct, or the noun with its article as the subject: «زعماء العالم اليوم».
    private bool AfterConstructNoun(int at) =>
        at > 0 && tokens[at - 1].IsWord && (Any(at - 1, s_cues.Value.Construct) || Definite(at - 1, s_cues.Value.Construct));


    // A word with the article, after any proclitic («فالناس»، «والمعركة»), other than «اليوم» itself.
    private bool IsDefinite(int i)
    {
        foreach (var (word, _) in tokens[i].Readings)
            if (word.Length > Article.Length + 1 && word.StartsWith(Article, StringComparison.Ordinal) && word != Today) return true;
        return false;
    }

    /// <summary>
    /// «اليوم، أكثر من عشرة صناديق…»، «واليوم، بعد تصريحات…»، «اليوم.. الوضع اختلف»: opening its sentence or a quotation
    /// (after a colon or an opening quote) and set off by a comma or an ellipsis, «اليوم» frames what follows as the present, not a report of the day.
    /// </summary>
    private bool FrontedFrame(int at)
    {
        if (at + 1 >= tokens.Length || tokens[at + 1].IsWord || !(tokens[at + 1].Key is "،" or "," or "…" || Ellipsis(at + 1))) return false;
        for (var i = at - 1; i >= 0; i--)
        {
            if (sentenceOf[i] != sentenceOf[at]) return true;
            if (tokens[i].IsWord || tokens[i].IsNumber) return false;
            if (tokens[i].Key is ":" or "\"" or "«" or "“") return true;
        }
        return true;
    }

    // Two dots or more written as full stops («اليوم.. الوضع اختلف»): a pause, as the comma, not a sentence's end.
    private bool Ellipsis(int i) =>
        i + 1 < tokens.Length && tokens[i].Key == "." && tokens[i + 1].Key == "." && tokens[i].End == tokens[i + 1].Start;

    private static readonly string And = MatchingKey.Of("و");

    private bool Definite(int i, HashSet<string> words)
    {
        foreach (var (word, _) in tokens[i].Readings)
            if (word.StartsWith(Article, StringComparison.Ordinal) && words.Contains(word[Article.Length..])) return true;
        return false;
    }

    private static readonly string Article = MatchingKey.Of("ال");

    // By the word's key or a reading with a proclitic taken off (وهي، فباتت، ولكونها).
    private bool Any(int i, HashSet<string> words)
    {
        foreach (var (word, _) in tokens[i].Readings)
            if (words.Contains(word)) return true;
        return false;
    }
}
