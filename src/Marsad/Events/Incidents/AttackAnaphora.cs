using Marsad.Events.Lexicon;

namespace Marsad.Events.Incidents;

/// <summary>
/// Once an article has named a cyberattack, a later definite general noun for an attack with no object of its own
/// («وردا على الهجوم»، «أي علاقة لموسكو بالهجوم»، «تقف وراء الاختراق») names that attack again: it becomes a mention of
/// the cyber event (so responses, claims and impacts around it reach the incident) instead of a new, actorless ASSAULT.
/// The nouns are Resources/Events/attack-anaphora.tsv. A noun with a target of another party («الهجوم على السفارة») or a
/// mode of its own («الهجوم الانتحاري») is another event and is left alone.
/// </summary>
public sealed class AttackAnaphora(EventLanguage language)
{
    public void Resolve(EventText text, List<DraftEvent> drafts)
    {
        var attack = drafts.FirstOrDefault(d => d.Mode == "cyber" && !d.Anaphoric);
        if (attack is null) return;
        var added = false;
        for (var t = attack.Trigger.End; t < text.Tokens.Count; t++)
        {
            if (!IsDefiniteAnaphor(text.Words[t])) continue;
            var at = drafts.FirstOrDefault(d => d.Trigger.First <= t && t < d.Trigger.SpanEnd);
            if (at is null)
            {
                var match = new TriggerMatch(attack.Trigger.Entry, t, t + 1, text.SentenceOf[t], false, false, t + 1, [t]);
                at = new DraftEvent(match) { Modality = EventModality.Asserted };
                drafts.Add(at);
                added = true;
            }
            else if (at.Mode is not null || at.Type != PloverType.ASSAULT || at.Trigger.SpanEnd != t + 1
                     || at.Target is { } target && attack.Target is { } victim && !target.SameAs(victim))
            {
                continue;
            }
            at.Type = attack.Type;
            at.Mode = attack.Mode;
            at.Cameo = attack.Cameo;
            foreach (var context in attack.Contexts.Where(c => !at.Contexts.Contains(c))) at.Contexts.Add(context);
            at.Anaphoric = true;
            // Its words say nothing new about who attacked whom; an involvement claim may name the doer later.
            at.Source = null;
            at.SourcePhrase = null;
            at.SourceInferred = false;
            at.Target = null;
            at.TargetPhrase = null;
        }
        if (added) drafts.Sort((a, b) => a.Trigger.First.CompareTo(b.Trigger.First));
    }

    private bool IsDefiniteAnaphor(WordForms word)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (language.AttackAnaphors.Contains(word.Forms[f]) && word.Prefixes[f].EndsWith("ال", StringComparison.Ordinal)) return true;
        return false;
    }
}
