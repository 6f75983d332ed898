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
/// A verb of complying with a demand (compliance.tsv) under any negation, past too («لم يستجب المجلس لدعوات المجموعة»,
/// «لا تمتثل للقرار»), turns the demand down: REJECT/change. The refusal is then asserted, like the future one.
/// </summary>
public sealed class RefusalCoding(EventLanguage language)
{
    /// <summary>How many words may stand between the negation and the act it makes a refusal (ModalityResolver reads the same).</summary>
    public const int Window = 2;

    public void Recode(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        foreach (var draft in drafts)
        {
            if (Complies(text, draft.Trigger) && AfterCue(text, draft.Trigger, IsNegation))
            {
                MakeRefusal(draft, "change", "1232");
                continue;
            }
            (string Mode, string Cameo)? refusal = draft.Type switch
            {
                PloverType.CONSULT => ("meet", "125"),
                PloverType.AGREE or PloverType.COOPERATE or PloverType.AID or PloverType.MOBILIZE => ("assist", "121"),
                PloverType.RETREAT or PloverType.CONCEDE => ("yield", "124"),
                PloverType.COERCE when draft.Mode == "arrest" => ("assist", "121"),
                _ when Participates(text, draft.Trigger) => ("assist", "121"),
                _ => null,
            };
            if (refusal is not { } r || !AfterCue(text, draft.Trigger, IsRefusalCue)) continue;
            MakeRefusal(draft, r.Mode, r.Cameo);
        }
    }

    private static void MakeRefusal(DraftEvent draft, string mode, string cameo)
    {
        draft.Type = PloverType.REJECT;
        draft.Mode = mode;
        draft.Cameo = cameo;
        draft.Refusal = true;
    }

    private bool Complies(EventText text, TriggerMatch trigger) =>
        language.Compliance.MatchAt(text.Words, trigger.First, trigger.First + 1) is not null;

    private bool Participates(EventText text, TriggerMatch trigger) =>
        language.Participation.MatchAt(text.Words, trigger.First, trigger.First + 1) is not null;

    private bool AfterCue(EventText text, TriggerMatch trigger, Func<WordForms, bool> isCue)
    {
        var sentenceStart = text.Sentences[trigger.Sentence].FirstToken;
        var words = 0;
        for (var t = trigger.First - 1; t >= sentenceStart && words < Window; t--)
        {
            if (text.IsSkippable(t)) continue;
            words++;
            if (isCue(text.Words[t])) return true;
        }
        return false;
    }

    // Any negation of modality.tsv (لم، لا، لن، ما…), with at most a conjunction before it.
    private bool IsNegation(WordForms word)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (language.ModalityCues.TryGetValue(word.Forms[f], out var cue) && cue.Modality == EventModality.Negated
                && cue.Where is "before" or "adjacent" or "adjacent_relative" or "refusal" && EventLanguage.IsConjunctionPrefix(word.Prefixes[f]))
                return true;
        return false;
    }

    private bool IsRefusalCue(WordForms word)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (language.ModalityCues.TryGetValue(word.Forms[f], out var cue) && cue.Where == "refusal" && EventLanguage.IsConjunctionPrefix(word.Prefixes[f]))
                return true;
        return false;
    }
}
