using Marsad.Events.Lexicon;

namespace Marsad.Events;

/// <summary>
/// Adds the PLOVER contexts the sentence of a mention names (Resources/Events/contexts.tsv) to those of its trigger. A
/// generic attack («الهجوم», ASSAULT with no mode) in a cyber sentence is a cyberattack: COERCE/cyber, as PLOVER codes it.
/// </summary>
public sealed class EventContexts(EventLanguage language)
{
    public void Resolve(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        foreach (var draft in drafts)
        {
            var sentence = text.Sentences[draft.Trigger.Sentence];
            for (var t = sentence.FirstToken; t < Math.Min(sentence.EndToken, text.Tokens.Count); t++)
            {
                var forms = text.Words[t].Forms;
                for (var f = 0; f < forms.Count; f++) // indexed: no enumerator per token
                {
                    var form = forms[f];
                    if (!language.ContextCues.TryGetValue(form, out var context)) continue;
                    if (!draft.Contexts.Contains(context)) draft.Contexts.Add(context);
                    break;
                }
            }
            if (draft.Type == PloverType.ASSAULT && draft.Mode is null && draft.Contexts.Contains("cyber"))
            {
                draft.Type = PloverType.COERCE;
                draft.Mode = "cyber";
                draft.Cameo = "172";
            }
        }
    }
}
