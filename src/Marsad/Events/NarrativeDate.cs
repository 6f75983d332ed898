using Marsad.Events.Arguments;

namespace Marsad.Events;

/// <summary>
/// A verb joined by «و» to the act told before it continues the narrative: with no time of its own it happened when that
/// act did. «وكان الرئيس قد اعتذر الشهر الماضي لعائلات الضحايا، ووعد بفتح تحقيق» dates the promise to last month;
/// «استقبل الرئيس نظيره أمس الثلاثاء. ووقع الجانبان عشرين اتفاقية» dates the signing to Tuesday (a sentence opening with
/// the verb carries the previous sentence's narrative on). Runs after <see cref="EventSetting"/>, on the dates it gave.
/// </summary>
public sealed class NarrativeDate
{
    public void Carry(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        // The narrative is told in verbs: an event noun between two of them («لأسر ضحايا الحريق») is no act of it.
        var verbs = drafts.Where(d => d.Trigger.Verbal).OrderBy(d => d.Trigger.First).ToList();
        for (var i = 1; i < verbs.Count; i++)
        {
            var draft = verbs[i];
            var before = verbs[i - 1];
            if (draft.Date is not null || before.Date is null || !Continues(text, draft, before)) continue;
            if (before.Modality == EventModality.Planned || draft.Modality == EventModality.Planned) continue;
            // A time between them other than the one dating the act before is another setting, even when the time step
            // could not resolve it to a day.
            var from = text.Tokens[before.Trigger.SpanEnd - 1].Span.End;
            var to = text.Tokens[draft.Trigger.First].Span.Start;
            if (text.Times.Any(t => t.Span.Start >= from && t.Span.End <= to && !t.Value.StartsWith(before.Date, StringComparison.Ordinal))) continue;
            draft.Date = before.Date;
        }
    }

    /// <summary>The trigger is a verb carrying «و» in the act's sentence, or the first word of the sentence after it: a
    /// verb joined further into a later sentence belongs to that sentence's own acts.</summary>
    private static bool Continues(EventText text, DraftEvent draft, DraftEvent before)
    {
        var first = draft.Trigger.First;
        if (!ClauseSyntax.SurelyJoinedByAnd(text, first)) return false;
        var sentence = text.Sentences[draft.Trigger.Sentence];
        return (draft.Trigger.Sentence - before.Trigger.Sentence) switch
        {
            0 => true,
            1 => ClauseSyntax.NextWord(text, sentence.FirstToken, sentence.EndToken) == first,
            _ => false,
        };
    }
}
