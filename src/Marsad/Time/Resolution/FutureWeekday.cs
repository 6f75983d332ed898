using Marsad.LanguageData;
using Marsad.Text.Morphology;
using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// A bare weekday in a sentence about something to come is the next such day, not the last one: «يعاود اللاعبون
/// تدريباتهم يوم الجمعة»، «تستعد مصر لتدشين قناتها الجديدة الخميس». News reports the past, so a weekday alone is the
/// latest on or before the anchor (TimeResolver); a word of a coming event earlier in its sentence — a future particle,
/// a verb of preparing, intending or resuming (relative.tsv, category coming), a verb with the future prefix سـ
/// (<see cref="FutureTense"/>: «ستعقد اللجنة اجتماعها الأحد»), a plain imperfect (<see cref="PlainImperfect"/>) — turns it
/// forward, and a part of the day with it («من المقرر التصويت بعد ظهر الأربعاء»). The anchor's own weekday stays today.
/// </summary>
internal sealed class FutureWeekday(TimeToken[] tokens, int[] sentenceOf, TimeLexicon lexicon)
{
    // How far back in its sentence a cue governs the weekday: a verb and its subject and object (an object may be a
    // construct with a coordinate: «سيناقش نتائج أعمال الربع الثاني وتوزيعات الأرباح يوم الثلاثاء»), not a clause before.
    private const int Window = 8;

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        // The expressions' inner words do not change as weekdays move: read once, when a bare weekday first needs them.
        bool[]? inner = null;
        for (var k = 0; k < resolved.Count; k++)
        {
            var (parse, r) = resolved[k];
            // «من المقرر التصويت بعد ظهر الأربعاء»: a part of a bare weekday moves with its day.
            if (parse.Meaning is not (WeekdayRef { Direction: null } or PartOfDay { Day: WeekdayRef { Direction: null } })
                || r is not { Date: { } day, Anchor: { } anchor } || day >= anchor || !Coming(parse.Start, !AfterAnother(resolved, k), inner ??= InnerWords(resolved))) continue;
            var next = day.AddDays(7);
            var written = IsoFormat.Day(day);
            if (!r.Value.StartsWith(written, StringComparison.Ordinal)) continue;
            resolved[k] = (parse, r with { Value = string.Concat(IsoFormat.Day(next), r.Value.AsSpan(written.Length)), Date = next });
        }
    }

    /// <summary>
    /// The words of the text's time expressions but each one's first: an expression in the cue's object is one
    /// constituent, so «يعتزم مجلس الإدارة استعراض نتائج الربع الثاني من العام يوم الأربعاء» keeps its verb in reach.
    /// </summary>
    private bool[] InnerWords(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        var inner = new bool[tokens.Length];
        foreach (var (parse, r) in resolved)
            if (r is not null)
                for (var i = parse.Start + 1; i < parse.End && i < inner.Length; i++) inner[i] = true;
        return inner;
    }

    // A weekday right after another expression names that one's day («اليوم (الاثنين)»، «يوم أمس (السبت)»): a
    // present verb before them tells the deictic's day, not a coming one.
    private bool AfterAnother(List<(Parse Parse, Resolved? Resolved)> resolved, int k)
    {
        if (k == 0) return false;
        for (var i = resolved[k - 1].Parse.End; i < resolved[k].Parse.Start; i++)
            if (tokens[i].IsWord) return false;
        return true;
    }

    private bool Coming(int at, bool present, bool[] inner)
    {
        var words = 0;
        for (var i = at - 1; i >= 0 && sentenceOf[i] == sentenceOf[at] && words < Window; i--)
        {
            if (!tokens[i].IsWord || inner[i]) continue;
            words++;
            if (Cue(i, present && words <= PresentReach) is { } forward)
                // «كان من المقرر انعقادها الخميس»: a plan told in the past, its day as reported.
                return forward && !PastBefore(i);
        }
        return false;
    }

    // The verb of being in the past among the few words before the cue («وكان من المقرر»).
    private bool PastBefore(int cue)
    {
        var words = 0;
        for (var i = cue - 1; i >= 0 && sentenceOf[i] == sentenceOf[cue] && words < PastReach; i--)
        {
            if (!tokens[i].IsWord) continue;
            words++;
            if (Cue(i) == false) return true;
        }
        return false;
    }

    private const int PastReach = 3;

    private bool? Cue(int i, bool present = false)
    {
        foreach (var (word, _) in tokens[i].Readings)
            if (lexicon.ComingWords.TryGetValue(word, out var forward)) return forward;
        // «سيناقش المجلس … يوم الثلاثاء»: a verb in the future tense is a coming event's word too.
        if (FutureTense.Marks(tokens[i].Key)) return true;
        // «يصوت مجلس الأمن يوم الأربعاء»، «تنطلق البطولة السبت» in the third person masculine: the plain imperfect of the
        // weekday's clause is the present of a schedule, since news tells what happened in the perfect («صوّت المجلس الأربعاء»).
        return present && PlainImperfect(i) ? true : null;
    }

    // How near the weekday a plain imperfect must stand to be its verb: the verb and a short subject or object
    // («يلتقي الوزير نظيره الخميس»); farther back a perfect verb of its own may stand between («تزن 60 كلغ وقد سقطت الاثنين»).
    private const int PresentReach = 4;

    // The person in ي, with a stem of three letters or more; the person in ت only before a feminine subject («تنطلق
    // البطولة السبت»، «تعقد اللجنة اجتماعها الأحد»), since a bare word in ت is as often the perfect of the forms تفعّل and
    // تفاعل («توفي»، «تبنى»، «تراجع»), whose feminine would end in ت («تراجعت الأسعار»); one in ن is the perfect of a root
    // in ن («نشر»، «نقل»), and a shorter stem is a noun or a state as often as a verb («يوم»، «يكن»). A final ا is a noun's accusative («يوما»), but for the
    // plural's وا («أن يمثلوا»). A verb is also written with the future سـ («سيصوت»), which nouns of the same shape
    // never are («يورو»، «يومي»، «ياهو»). After an auxiliary or its particle the imperfect is a past or ongoing state («كان
    // يلتقي»، «لم يحضر»، «لا يزال»), and an auxiliary itself names no event; after «قبل أن» it is a subjunctive that takes
    // its time from the clause before («وصل الوزير الأربعاء قبل أن يغادر الخميس»).
    private bool PlainImperfect(int i)
    {
        var key = tokens[i].Key;
        var bare = CliticSegmenter.WithoutConjunction(key, 4);
        if (bare.Length < 4 || !(bare[0] == 'ي' || bare[0] == 'ت' && FeminineSubjectAfter(i)) || (bare[^1] == 'ا' && !bare.EndsWith("وا", StringComparison.Ordinal))
            || !ImperfectVerbShape.IsImperfect(bare) || FrequentForms.Bin(string.Concat("س", bare)) < 0 || AuxiliaryVerbs.Contains(bare))
            return false;
        var before = WordBefore(i);
        if (before < 0) return true;
        var previous = tokens[before].Key;
        if (previous == Glue.An && WordBefore(before) is >= 0 and var conjunction && tokens[conjunction].Key == Glue.Qabl) return false;
        return !AuxiliaryVerbs.Contains(previous) && !AuxiliaryVerbs.Contains(CliticSegmenter.WithoutConjunction(previous, 2));
    }

    // The word before token <paramref name="i"/> in its sentence, or -1.
    private int WordBefore(int i)
    {
        var before = i - 1;
        while (before >= 0 && !tokens[before].IsWord && sentenceOf[before] == sentenceOf[i]) before--;
        return before >= 0 && sentenceOf[before] == sentenceOf[i] && tokens[before].IsWord ? before : -1;
    }

    // A definite feminine noun right after the verb, its subject: with the article and the ending ة (ه in the key, which
    // on a definite noun is no pronoun) or the plural ات («البطولة»، «المباريات»).
    private bool FeminineSubjectAfter(int i)
    {
        var next = i + 1;
        if (next >= tokens.Length || !tokens[next].IsWord || sentenceOf[next] != sentenceOf[i]) return false;
        var subject = tokens[next].Key;
        return subject.Length > 4 && subject.StartsWith(Article, StringComparison.Ordinal)
            && (subject[^1] == 'ه' || subject.EndsWith(FemininePlural, StringComparison.Ordinal));
    }

    private const string Article = "ال";
    private const string FemininePlural = "ات";
}
