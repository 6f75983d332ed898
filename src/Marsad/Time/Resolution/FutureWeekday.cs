using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// A bare weekday in a sentence about something to come is the next such day, not the last one: «يعاود اللاعبون
/// تدريباتهم يوم الجمعة»، «تستعد مصر لتدشين قناتها الجديدة الخميس». News reports the past, so a weekday alone is the
/// latest on or before the anchor (TimeResolver); a word of a coming event earlier in its sentence — a future particle,
/// a verb of preparing, intending or resuming (relative.tsv, category coming), a verb with the future prefix سـ
/// (<see cref="FutureTense"/>: «ستعقد اللجنة اجتماعها الأحد») — turns it forward. The anchor's own
/// weekday stays today.
/// </summary>
internal sealed class FutureWeekday(TimeToken[] tokens, int[] sentenceOf, TimeLexicon lexicon)
{
    // How far back in its sentence a cue governs the weekday: a verb and its subject and object (an object may be a
    // construct with a coordinate: «سيناقش نتائج أعمال الربع الثاني وتوزيعات الأرباح يوم الثلاثاء»), not a clause before.
    private const int Window = 8;

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 0; k < resolved.Count; k++)
        {
            var (parse, r) = resolved[k];
            if (parse.Meaning is not WeekdayRef { Direction: null } || r is not { Date: { } day, Anchor: { } anchor } || day >= anchor || !Coming(parse.Start)) continue;
            var next = day.AddDays(7);
            resolved[k] = (parse, r with { Value = IsoFormat.Day(next), Date = next });
        }
    }

    private bool Coming(int at)
    {
        var words = 0;
        for (var i = at - 1; i >= 0 && sentenceOf[i] == sentenceOf[at] && words < Window; i--)
        {
            if (!tokens[i].IsWord) continue;
            words++;
            if (Cue(i) is { } forward)
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

    private bool? Cue(int i)
    {
        foreach (var (word, _) in tokens[i].Readings)
            if (lexicon.ComingWords.TryGetValue(word, out var forward)) return forward;
        // «سيناقش المجلس … يوم الثلاثاء»: a verb in the future tense is a coming event's word too.
        return FutureTense.Marks(tokens[i].Key) ? true : null;
    }
}
