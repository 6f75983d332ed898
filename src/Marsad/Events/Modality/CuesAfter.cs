using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// The modality cues of Resources/Events/modality.tsv written after the trigger: an `after` cue within two words
/// («الهجوم المزعوم»), a `next` cue right after it («الزيارة المرتقبة»). The last pass of cue words around the trigger in
/// <see cref="ModalityResolver"/>, moved whole into its own type (split51) so it reads and tests alone.
/// </summary>
public sealed class CuesAfter(EventLanguage language)
{
    /// <summary>
    /// <paramref name="modality"/> made stronger by each cue after the trigger <paramref name="m"/> in its sentence, and
    /// whether one of them was a cue of something planned.
    /// </summary>
    public (EventModality Modality, bool Planned) Read(EventText text, TriggerMatch m, int sentenceEnd, EventModality modality)
    {
        var planned = false;
        for (var t = m.End; t < Math.Min(sentenceEnd, m.End + 2) && t < text.Tokens.Count; t++)
        {
            for (var f = 0; f < text.Words[t].Forms.Count; f++)
                if (language.ModalityCues.TryGetValue(text.Words[t].Forms[f], out var cue) && (cue.Where == "after" || (cue.Where == "next" && t == m.End)) && EventLanguage.IsModalityCuePrefix(text.Words[t].Prefixes[f]))
                {
                    modality = ModalityResolver.Stronger(modality, cue.Modality);
                    planned |= cue.Modality == EventModality.Planned;
                }
        }
        return (modality, planned);
    }
}
