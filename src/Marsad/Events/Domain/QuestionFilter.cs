using System.Collections.Frozen;

namespace Marsad.Events.Domain;

/// <summary>
/// Drops the trigger matches that a yes/no question asks about (Resources/Text/questions.tsv, polar rows, read by LanguageData/QuestionWords): «هل ستتخلى إيران عن
/// الحوثي؟», «* هل تؤيد إقامة المعسكرات؟» (an interview's question). The trigger is in the question when a particle
/// stands before it in its clause and the first clause end after it is a question mark; a clause ends at . ! ؛ : and ؟.
/// </summary>
public sealed class QuestionFilter(FrozenSet<string> particles)
{
    public void Filter(EventText text, List<DraftEvent> drafts) => drafts.RemoveAll(d => Asked(text, d.Trigger));

    private bool Asked(EventText text, TriggerMatch trigger)
    {
        var sentence = text.Sentences[trigger.Sentence];
        var end = Math.Min(sentence.EndToken, text.Tokens.Count);
        var particle = false;
        for (var t = trigger.First - 1; t >= sentence.FirstToken && !particle; t--)
        {
            if (ClauseEnd(text, t) is not null) return false;
            particle = text.Words[t].Forms.Any(particles.Contains);
        }
        if (!particle) return false;
        for (var t = trigger.End; t < end; t++)
            if (ClauseEnd(text, t) is { } mark) return mark is "؟" or "?";
        return false;
    }

    private static string? ClauseEnd(EventText text, int token) =>
        text.Tokens[token].Normalized is "؟" or "?" or "." or "!" or "؛" or ";" or ":" or "؟!" or "?!" ? text.Tokens[token].Normalized : null;
}
