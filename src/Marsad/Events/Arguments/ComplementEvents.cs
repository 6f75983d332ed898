using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// Drops the act a threat, demand, call or promise names as its complement («لوحت واشنطن بفرض عقوبات»: a threat, not
/// sanctions; «طالب البرلمان بإجراء تحقيق»: a demand, not an investigation; «دعا الرئيس نظيره إلى زيارة طهران»). The act
/// has not happened; PLOVER codes the intent alone, whose mode and target already say what it is about (a call to visit
/// is an invitation, AGREE; a promise to harm a threat; a promise to concede a concession). The complement is an
/// event trigger right after the intent (with only its subject and object phrases between), marked by a linking word of
/// arguments.tsv (intent_complement), in the same clause. A refusal's complement is its direct object, a cooperative act
/// right after it («رفض وزير الداخلية منح اللجوء لعائلة»: the asylum refused is not given; PLOVER codes the REJECT, its
/// mode what was refused), and so is one joined to its object by «أو»; a hostile act after a refusal («رفضت مصر الهجوم») happened and is denounced, an event of its own.
/// Runs after the arguments: an intent without a target takes its act's.
/// </summary>
public sealed class ComplementEvents(EventLanguage language)
{
    /// <summary>At most this many tokens of subject and object phrases between the intent and its complement.</summary>
    private const int Gap = 8;

    private static readonly HashSet<PloverType> Intents = [PloverType.THREATEN, PloverType.REQUEST, PloverType.AGREE, PloverType.REJECT];

    private static readonly HashSet<PloverType> Cooperative =
        [PloverType.AID, PloverType.COOPERATE, PloverType.CONSULT, PloverType.RETREAT, PloverType.CONCEDE, PloverType.AGREE, PloverType.SUPPORT];

    public List<DraftEvent> Filter(EventText text, List<DraftEvent> drafts)
    {
        var dropped = new bool[drafts.Count];
        for (var i = 0; i + 1 < drafts.Count; i++)
        {
            // «تعتزم ماليزيا طرد مئات العمال»: an intention (a verb that is itself a cue of plans, يعتزم) with an act as
            // its object is that act, planned; with none it stays AGREE, the announced intent to cooperate.
            if (drafts[i].Type == PloverType.AGREE && IsIntention(text, drafts[i].Trigger)
                && drafts[i + 1].Trigger.Sentence == drafts[i].Trigger.Sentence && DirectObject(text, drafts[i].Trigger, drafts[i + 1].Trigger))
                dropped[i] = true;
        }
        for (var i = 0; i < drafts.Count; i++)
        {
            if (dropped[i]) continue;
            if (!Intents.Contains(drafts[i].Type)) continue;
            var intent = drafts[i].Trigger;
            for (var j = i + 1; j < drafts.Count; j++)
            {
                var act = drafts[j].Trigger;
                if (act.Sentence != intent.Sentence || act.First >= intent.End + Gap) break;
                if (act.First < intent.End) continue;
                if (drafts[i].Type == PloverType.REJECT ? RefusedAct(text, intent, drafts[j]) || Cooperative.Contains(drafts[j].Type) && AlternativeToObject(text, intent, act)
                        : IsComplement(text, intent, act))
                {
                    dropped[j] = true;
                    PromisedHarm(drafts[i], drafts[j]);
                    RefusalMode(drafts[i], drafts[j]);
                    Invitation(drafts[i], drafts[j]);
                    // «لوحت واشنطن بفرض عقوبات على المسؤولين»: whom the act would hit is whom the intent is aimed at.
                    if (drafts[i].Target is null && AimedAt(text, drafts[i], drafts[j]) is ({ } aimed, var aimedPhrase) && aimedPhrase != drafts[i].SourcePhrase)
                    {
                        drafts[i].Target = aimed;
                        drafts[i].TargetPhrase = aimedPhrase;
                    }
                    DropCoordinated(text, drafts, drafts[i], j, dropped);
                }
                break;
            }
        }
        return drafts.Where((_, i) => !dropped[i]).ToList();
    }

    /// <summary>
    /// «تعهدت المقاومة بقتال الحوثي وطرده من المدن», «طالبوا بسحب السفير وطرد السفير الإيراني»: an act joined by و to the
    /// complement, with no doer of its own (or the intent's), is promised or demanded too.
    /// </summary>
    private void DropCoordinated(EventText text, List<DraftEvent> drafts, DraftEvent intent, int complement, bool[] dropped)
    {
        for (var k = complement + 1; k < drafts.Count; k++)
        {
            var next = drafts[k];
            var previous = drafts[k - 1].Trigger;
            if (next.Trigger.Sentence != previous.Sentence || next.Trigger.First - previous.End > Gap) return;
            // «… إلى زيارة طهران، وقبل أردوغان الدعوة»: a doer of its own, or a speech act (an answer), makes it another act.
            if (PloverTypes.IsSpeechAct(next.Type) || (next.Source is not null && !next.SourceInferred && next.SourcePhrase != intent.SourcePhrase)) return;
            var word = text.Words[next.Trigger.First];
            var joined = false;
            for (var f = 0; f < word.Forms.Count && !joined; f++) joined = word.Prefixes[f].StartsWith('و');
            // «طالب بالإفراج عنهم أو محاكمتهم»: an alternative is demanded as much as a second act.
            joined |= next.Trigger.First > 0 && language.IsCue("alternative", text.Words[next.Trigger.First - 1]);
            if (!joined) return;
            dropped[k] = true;
        }
    }

    /// <summary>
    /// Whom an intent is aimed at through its act: whom the act would hit; but a demand that an envoy be recalled («طالب
    /// نواب بسحب السفير الأردني لدى تل أبيب») is addressed to the state he serves, the one that can recall him, never to the
    /// one he is accredited to: the envoy's phrase when it names his state, else nobody.
    /// </summary>
    private static (EventActor? Actor, Actors.ActorPhrase? Phrase) AimedAt(EventText text, DraftEvent intent, DraftEvent act)
    {
        if (intent.Type != PloverType.REQUEST || act.Type != PloverType.SANCTION || act.Mode != "withdraw" || !act.Trigger.Entry.Contexts.Contains("diplomatic"))
            return (act.Target, act.TargetPhrase);
        foreach (var t in act.Trigger.WordTokens)
        {
            if (text.ActorCovering[t] is not (var a and >= 0) || text.Actors[a] is not { Sector: "DIP" } envoy) continue;
            if (envoy.Country is not null) return (envoy.ToActor(), envoy);
            // «السفير البحريني»: a nisba right after the envoy's noun names his state.
            if (envoy.End < text.Tokens.Count && text.ActorStartingAt[envoy.End] is var n and >= 0 && text.Actors[n] is { Adjectival: true, Country: not null } nisba)
            {
                var phrase = Actors.ActorPhrase.CommonNoun(envoy.First, nisba.End, text.Span(envoy.First, nisba.End), text.Text, nisba.Country);
                return (phrase.ToActor(), phrase);
            }
        }
        return (null, null);
    }

    /// <summary>
    /// «تعهدت المقاومة بقتال الحوثيين», «توعد بالانتقام»: a promise to harm is a threat (PLOVER THREATEN, CAMEO 13), its mode
    /// the kind of harm promised; a promise to concede or retreat is CONCEDE; a promise of anything else stays AGREE.
    /// </summary>
    private static void PromisedHarm(DraftEvent intent, DraftEvent act)
    {
        if (intent.Type != PloverType.AGREE) return;
        // «ووعدت الحكومة بسحب مشروع القانون»: a promised concession or retreat is CONCEDE, which PLOVER does not reduce
        // to AGREE («announced … would withdraw troops» is CONCEDE).
        if (act.Type is PloverType.CONCEDE or PloverType.RETREAT)
        {
            intent.Type = PloverType.CONCEDE;
            intent.Mode = null;
            intent.Cameo = act.Type == PloverType.CONCEDE ? act.Cameo : "080";
            return;
        }
        HarmThreat.Recode(intent, act);
    }

    /// <summary>
    /// «ترفض وقف الاستيطان أو الإفراج عن الأسرى»: an act joined by an alternative conjunction (arguments.tsv, alternative)
    /// to the refusal's object, words alone between them (no punctuation, so one clause), is refused too.
    /// </summary>
    private bool AlternativeToObject(EventText text, TriggerMatch refusal, TriggerMatch act)
    {
        var cue = act.First - 1;
        if (cue <= refusal.End || !language.IsCue("alternative", text.Words[cue])) return false;
        for (var t = refusal.End; t < cue; t++)
            if (text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord) return false;
        return true;
    }

    /// <summary>A cooperative act standing as the refusal's object, with only the refusal's subject between.</summary>
    private static bool RefusedAct(EventText text, TriggerMatch refusal, DraftEvent act) =>
        Cooperative.Contains(act.Type) && DirectObject(text, refusal, act.Trigger);

    /// <summary>
    /// The act is the verb's direct object: only the verb's subject between, and no conjunction on the act («رفض وزير
    /// الداخلية منح اللجوء», «تعتزم ماليزيا طرد مئات العمال»; its bare form is the verbal noun there).
    /// </summary>
    private static bool DirectObject(EventText text, TriggerMatch verb, TriggerMatch act)
    {
        if (act.First < verb.End || text.Words[act.First].Prefixes.Any(p => p.StartsWith('و') || p.StartsWith('ف'))) return false;
        for (var t = verb.End; t < act.First; t++)
        {
            if (text.ActorCovering[t] is var a and >= 0)
            {
                t = text.Actors[a].End - 1;
                continue;
            }
            if (!text.IsSkippable(t)) return false;
        }
        return true;
    }

    private bool IsIntention(EventText text, TriggerMatch trigger) =>
        text.Words[trigger.First].Forms.Any(f => language.ModalityCues.TryGetValue(f, out var cue) && cue.Modality == EventModality.Planned
            // «وافقت الحركة أن تتفاوض»: agreeing plans what it agrees to, but the agreement is an act of its own, not an intention.
            && cue.Where != "agree_that");

    /// <summary>The refusal's mode from what it refuses, when its own pattern named none (PLOVER REJECT modes).</summary>
    private static void RefusalMode(DraftEvent refusal, DraftEvent act)
    {
        if (refusal.Type != PloverType.REJECT || refusal.Mode is not null) return;
        refusal.Mode = act.Type switch
        {
            PloverType.AID or PloverType.COOPERATE => "assist",
            PloverType.CONSULT => "meet",
            PloverType.RETREAT or PloverType.CONCEDE => "yield",
            _ => null,
        };
    }

    /// <summary>
    /// «دعا الرئيس نظيره إلى زيارة طهران»: a call to visit is an invitation, which PLOVER codes AGREE ("invitations for
    /// state visits should be coded as AGREE", CAMEO 036), not a demand.
    /// </summary>
    private static void Invitation(DraftEvent intent, DraftEvent act)
    {
        // A visit made (CAMEO 042), not one hosted: «طلب … لاستقبال مهاجرين» asks the recipient to take someone in.
        if (intent.Type != PloverType.REQUEST || act.Type != PloverType.CONSULT || act.Cameo != "042") return;
        intent.Type = PloverType.AGREE;
        intent.Mode = null;
        intent.Cameo = "036";
        if (!intent.Contexts.Contains("diplomatic")) intent.Contexts.Add("diplomatic");
    }

    /// <summary>
    /// Between the intent and the act: its subject and object phrases (and one more word, an adjective), then the linking
    /// word, separate («إلى») or attached to the act («بفرض»), or to a verbal noun right before the act («بفرض عقوبات»).
    /// </summary>
    private bool IsComplement(EventText text, TriggerMatch intent, TriggerMatch act)
    {
        // «لوحت واشنطن بفرض عقوبات»: the intent's own pattern ends with the linked verbal noun.
        if (act.First == intent.End && language.HasLinkingLetter(text.Words[intent.WordTokens[^1]]) && intent.WordTokens[^1] > intent.First) return true;
        var other = 0;
        for (var t = intent.End; t <= act.First; t++)
        {
            if (text.ActorCovering[t] is var a and >= 0 && t < act.First)
            {
                t = text.Actors[a].End - 1;
                continue;
            }
            if (text.IsSkippable(t) && !text.IsComma(t)) continue;
            if (language.IsCue("intent_complement", text.Words[t])) return act.First - t <= 2;
            if (language.HasLinkingLetter(text.Words[t])) return act.First - t <= 1;
            if (++other > 1 || text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord) return false;
        }
        return false;
    }
}
