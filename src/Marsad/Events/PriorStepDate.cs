using Marsad.Events.Arguments;

namespace Marsad.Events;

/// <summary>
/// «اعتقلت الشرطة ثلاثة ناشطين فجر الأحد بعد مداهمة منازلهم»: an event noun after a preposition of the step just before
/// another act (arguments.tsv, prior_step: بعد، عقب، إثر، فور) that carries the pronoun of a participant (its own, or its
/// genitive's: «منعها», «مداهمة منازلهم») is the first step of that act on the same people, and took place its day. With no
/// time of its own it takes the day of the act right before it in its clause; a bare noun («بعد مقتل ثلاثة أشخاص», «عقب
/// الانقلاب») is another happening the act answers, and stays undated. Only a day: «بعد اجتماعه» after an act of some
/// month may be weeks before it. A word right after the preposition is its noun even where the lexicon reads a verb
/// («بعد منعها»: a verb would need «أن»). Runs after <see cref="EventSetting"/> and <see cref="NarrativeDate"/>.
/// </summary>
public sealed class PriorStepDate(Lexicon.EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    public void Carry(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Date is not null || !Settled(draft)) continue;
            var sentence = text.Sentences[draft.Trigger.Sentence];
            if (!_syntax.AfterPriorStep(text, draft.Trigger, sentence.FirstToken) || !OnItsParticipant(text, draft.Trigger, sentence.EndToken)) continue;
            var act = drafts.Where(d => d != draft && d.Trigger.Sentence == draft.Trigger.Sentence && d.Trigger.First < draft.Trigger.First)
                .MaxBy(d => d.Trigger.First);
            if (act is null || !Settled(act) || act.Date is not { Length: 10 } || !SameClause(text, act, draft, sentence.FirstToken)
                || OtherTimeBetween(text, act, draft)) continue;
            draft.Date = act.Date;
        }
    }

    // The act the preposition hangs on is the one before it in its clause: «وأبدى المجلس في بيان عقب اجتماعه الأسبوعي
    // ارتياحه من القرار … عندما وافقت المنظمة»: the agreement after «عندما» is another clause's, no act the meeting preceded.
    private bool SameClause(EventText text, DraftEvent act, DraftEvent step, int sentenceStart)
    {
        var preposition = ClauseSyntax.PreviousWord(text, step.Trigger.First - 1, sentenceStart);
        for (var t = act.Trigger.SpanEnd; t < preposition; t++)
            if (_syntax.IsClauseEnd(text, t)) return false;
        return true;
    }

    // An act that happened: a planned or negated one has no day for a step before it.
    private static bool Settled(DraftEvent draft) => draft.Modality is not (EventModality.Planned or EventModality.Negated);

    /// <summary>An act noun on a participant of the act around it: «منعها», «اجتماعه», or the genitive right after the
    /// noun, «مداهمة منازلهم» (read for a step's date here and for background in ClosingAttribution).</summary>
    internal static bool OnItsParticipant(EventText text, TriggerMatch trigger, int sentenceEnd)
    {
        if (ClauseSyntax.HasPronounSuffix(text, trigger.First)) return true;
        var next = ClauseSyntax.NextWord(text, trigger.First + 1, sentenceEnd);
        return next < sentenceEnd && next < text.Tokens.Count && ClauseSyntax.HasPronounSuffix(text, next);
    }

    // A time between the two other than the act's own day is the step's setting, even when it names no day.
    private static bool OtherTimeBetween(EventText text, DraftEvent act, DraftEvent step)
    {
        var (first, last) = act.Trigger.First < step.Trigger.First ? (act.Trigger, step.Trigger) : (step.Trigger, act.Trigger);
        var from = text.Tokens[first.SpanEnd - 1].Span.End;
        var to = text.Tokens[last.First].Span.Start;
        return text.Times.Any(t => t.Span.Start >= from && t.Span.End <= to && !t.Value.StartsWith(act.Date!, StringComparison.Ordinal));
    }
}
