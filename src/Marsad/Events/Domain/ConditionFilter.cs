using Marsad.Events.Lexicon;

namespace Marsad.Events.Domain;

/// <summary>
/// Drops the trigger matches named in a condition (Resources/Events/conditions.tsv): «إذا قررت الحكومة فرض حظر التجول»,
/// «في حال تعرضت المنشأة لهجوم», «ما لم توقع الأطراف الاتفاق» tell of an act that has not happened. The trigger is in the
/// condition when a particle stands before it in its clause with no consequence between: the condition ends at a comma,
/// a clause end (. ! ؛ : ؟) or a word opening with ف («فإن», «فسوف», «فعليها»); an act right after a preposition of
/// topic («التحقيق في مقتل الصحفي») is the condition's topic, already told, and stays. «ما إذا» (whether) opens no condition,
/// and a verb of going on with the act between the particle and it (continuation in arguments.tsv) says it is under way.
/// Runs with the other sense filters, before the arguments: <see cref="Arguments.ConditionalThreats"/> codes what a
/// condition's consequence threatens.
/// </summary>
public sealed class ConditionFilter(EventLanguage language)
{
    public void Filter(EventText text, List<DraftEvent> drafts) => drafts.RemoveAll(d => Conditioned(text, d.Trigger));

    private bool Conditioned(EventText text, TriggerMatch trigger)
    {
        var start = text.Sentences[trigger.Sentence].FirstToken;
        // «ما لم يتم التحقيق في مقتل الصحفي»: an act after a preposition of topic is the condition's topic, already told.
        if (trigger.First > start && Kind(text, trigger.First - 1) == "topic") return false;
        for (var t = trigger.First - 1; t >= start; t--)
        {
            if (text.IsComma(t) || ClauseEnd(text, t)) return false;
            if (Kind(text, t) is { } kind) return kind == "condition" && !Continued(text, t, trigger.First);
            // «فإن الشرطة ستعتقل …»: the consequence has opened, the act is told as what follows.
            if (t > start && text.Words[t].Prefixes.Any(p => p.StartsWith('ف'))) return false;
        }
        return false;
    }

    /// <summary>The kind of the longest phrase of conditions.tsv whose last word is at <paramref name="at"/>, or null.</summary>
    private string? Kind(EventText text, int at)
    {
        string? kind = null;
        var length = 0;
        foreach (var (words, phraseKind) in language.ConditionPhrases)
        {
            if (words.Length <= length || at - words.Length + 1 < 0) continue;
            var all = true;
            for (var i = 0; i < words.Length && all; i++) all = Particle(text.Words[at - words.Length + 1 + i], words[i]);
            if (all) (kind, length) = (phraseKind, words.Length);
        }
        return kind;
    }

    /// <summary>
    /// The word is the particle itself, after at most a conjunction («وإذا», «فلو»): not a longer word that holds it
    /// («كما لم» is no «ما لم», «إنها لم» no «إن لم»).
    /// </summary>
    private static bool Particle(WordForms word, string particle)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (word.Forms[f] == particle && word.Prefixes[f] is "" or "و" or "ف" && word.Prefixes[f] + particle == word.Forms[0]) return true;
        return false;
    }

    private bool Continued(EventText text, int particle, int act)
    {
        for (var t = particle + 1; t < act; t++)
            if (language.IsCue("continuation", text.Words[t])) return true;
        return false;
    }

    private static bool ClauseEnd(EventText text, int token) =>
        text.Tokens[token].Normalized is "؟" or "?" or "." or "!" or "؛" or ";" or ":" or "؟!" or "?!";
}
