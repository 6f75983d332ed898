using Marsad.Events.Arguments;
using Marsad.Events.Lexicon;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// «وصل رئيس الوزراء الباكستاني إلى جدة أمس الثلاثاء. وعقد فور وصوله جلسة مباحثات مع ولي العهد»: an act done upon an
/// arrival (a preposition of arguments.tsv <c>upon</c> — فور، لدى، عند، حال — before an arrival noun of arguments.tsv
/// <c>arrival</c> carrying the traveller's pronoun) took place the day of that arrival. With no time of its own it takes
/// the day of the arrival told by a verb earlier in its sentence or in the sentence before, when that sentence names one
/// day and no other. A visit's talks and signings are told so after its arrival. Runs after <see cref="PriorStepDate"/>.
/// </summary>
public sealed class ArrivalDate(EventLanguage language)
{
    public void Carry(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Date is not null || draft.Modality is EventModality.Planned or EventModality.Negated) continue;
            var sentence = text.Sentences[draft.Trigger.Sentence];
            // The trigger may hold the step: «وأجرى فور وصوله مباحثات» is one span, its light verb first.
            if (UponArrival(text, sentence.FirstToken, draft.Trigger.SpanEnd) is not { } step) continue;
            if (TimeBetween(text, text.Tokens[step].Span.End, text.Tokens[draft.Trigger.SpanEnd - 1].Span.End)) continue;
            if (ArrivalDay(text, draft.Trigger.Sentence, step) is { } day) draft.Date = day;
        }
    }

    // «فور وصوله» before the trigger's end in its clause: the arrival noun with its pronoun, right after the preposition.
    private int? UponArrival(EventText text, int start, int end)
    {
        for (var t = ClauseSyntax.PreviousWord(text, end - 1, start); t > start; t = ClauseSyntax.PreviousWord(text, t - 1, start))
        {
            if (!language.IsCue("arrival", text.Words[t]) || !ClauseSyntax.HasPronounSuffix(text, t)) continue;
            var before = ClauseSyntax.PreviousWord(text, t - 1, start);
            return before >= start && language.IsCue("upon", text.Words[before]) ? t : null;
        }
        return null;
    }

    // The arrival told before the step — a verb of arrival earlier in the sentence or in the one before — dated by the one
    // day its sentence names.
    private string? ArrivalDay(EventText text, int sentenceIndex, int step)
    {
        for (var s = sentenceIndex; s >= Math.Max(0, sentenceIndex - 1); s--)
        {
            var sentence = text.Sentences[s];
            var end = s == sentenceIndex ? step - 1 : sentence.EndToken;
            var told = false;
            for (var t = sentence.FirstToken; t < end && !told; t++)
                told = text.Tokens[t].IsWord && language.IsCue("arrival", text.Words[t]) && !ClauseSyntax.HasPronounSuffix(text, t);
            if (!told) continue;
            var days = text.Times.Where(time => sentence.Span.Contains(time.Span)).Select(Day).Distinct().ToList();
            return days is [{ } day] ? day : null;
        }
        return null;
    }

    // A day written or counted («أمس الثلاثاء», «مساء الثلاثاء»), none for a month, a year, a range or a since/until time.
    private static string? Day(TimeExpression time) =>
        time.Has(TimeFlags.Range) || time.Has(TimeFlags.Since) || time.Has(TimeFlags.Until) || EventSetting.DayOf(time) is not { Length: 10 } day
            || !char.IsAsciiDigit(day[0]) ? null : day;

    private static bool TimeBetween(EventText text, int from, int to) =>
        text.Times.Any(t => t.Span.Start >= from && t.Span.End <= to);
}
