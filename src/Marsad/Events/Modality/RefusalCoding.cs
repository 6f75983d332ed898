using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// «لن يلتقي الرئيس نظيره», «لن نرسل جنوداً», «لن تستأنف التعاون»: the negated future of a cooperative act is a stated
/// refusal, which PLOVER codes REJECT (CAMEO 12: "reject material cooperation / meeting / demands to yield"), not the act
/// with a negated modality. The cue is a future negation of modality.tsv (where = refusal) at most two words before the
/// trigger; the refusal is then asserted, so <see cref="ModalityResolver"/> no longer reads that cue as a negation.
/// An arrest under «لن» («لن تعتقل الرئيس إذا حضر») declines to execute another party's warrant: REJECT/assist too.
/// Taking part (participation.tsv) in any act, hostile too («لن تشارك في عمليات قتالية»), is help declined: REJECT/assist.
/// A negated past («لم يلتقِ») reports that nothing happened and stays the act, negated; other coercive and hostile acts
/// under «لن» («لن تفرض قيوداً») are negated too: declining to harm is no refusal of anything asked.
/// </summary>
public sealed class RefusalCoding(EventLanguage language)
{
    private const int Window = 2;

    public void Recode(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        foreach (var draft in drafts)
        {
            (string Mode, string Cameo)? refusal = draft.Type switch
            {
                PloverType.CONSULT => ("meet", "125"),
                PloverType.AGREE or PloverType.COOPERATE or PloverType.AID or PloverType.MOBILIZE => ("assist", "121"),
                PloverType.RETREAT or PloverType.CONCEDE => ("yield", "124"),
                PloverType.COERCE when draft.Mode == "arrest" => ("assist", "121"),
                _ when Participates(text, draft.Trigger) => ("assist", "121"),
                _ => null,
            };
            if (refusal is not { } r || !AfterRefusalCue(text, draft.Trigger)) continue;
            draft.Type = PloverType.REJECT;
            draft.Mode = r.Mode;
            draft.Cameo = r.Cameo;
            draft.Refusal = true;
        }
    }

    private bool Participates(EventText text, TriggerMatch trigger) =>
        language.Participation.MatchAt(text.Words, trigger.First, trigger.First + 1) is not null;

    private bool AfterRefusalCue(EventText text, TriggerMatch trigger)
    {
        var sentenceStart = text.Sentences[trigger.Sentence].FirstToken;
        var words = 0;
        for (var t = trigger.First - 1; t >= sentenceStart && words < Window; t--)
        {
            if (text.IsSkippable(t)) continue;
            words++;
            if (IsRefusalCue(text.Words[t])) return true;
        }
        return false;
    }

    private bool IsRefusalCue(WordForms word)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (language.ModalityCues.TryGetValue(word.Forms[f], out var cue) && cue.Where == "refusal" && word.Prefixes[f] is "" or "و" or "ف")
                return true;
        return false;
    }
}
