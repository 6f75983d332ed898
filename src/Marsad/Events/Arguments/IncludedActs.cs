using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// Drops an act its sentence reports as part of a larger act named before it, as the PLOVER manual codes them:
/// <list type="bullet">
/// <item>the demand a protest voices («تظاهر آلاف … للمطالبة باستقالة الحكومة», «مطالبين بكشف مصير أبنائهم»): "the topic
/// of the protest — which will typically be a REQUEST — is not coded as a separate event" (PROTEST);</item>
/// <item>the damage a riot does («أعمال شغب أحرق خلالها شبان مقار حكومية»): destruction incidental to a riot is the riot
/// (PROTEST riot, vandalize);</item>
/// <item>the rejection, condemnation or solidarity an act gives as its motive («، رفضاً لاعتقالهم الإداري», «تضامناً مع
/// ابنها»; grievance and solidarity in arguments.tsv);</item>
/// <item>the visit a relative clause on a party of a meeting mentions («… الذي يزور القاهرة حالياً»);</item>
/// <item>the deadline an expulsion gives («وأمهله 48 ساعة لمغادرة البلاد»), and the aid a hostile act hits right after
/// its trigger («استهداف قوافل الإغاثة»: the convoys are its target);</item>
/// <item>the attack a passive killing or wounding names right after it («قُتل ثلاثة جنود في هجوم على حاجز», «قتل شخص
/// بتفجير»): one assault, whose victims are the killing's subject; the killing takes the attack's mode and doer;</item>
/// <item>the charge a conviction, sentence, detention or pardon rests on («حكمت محكمة … بالسجن … بتهمة ارتكاب جرائم
/// حرب»): "when an accusation is also reported alongside a formal conviction, ACCUSE allege should not be coded" (ACCUSE).
/// Only a nominal charge goes («بتهمة»); an accusation with a verb of its own («متهمة إياها») is the actor's own act.</item>
/// </list>
/// Runs after the arguments, on drafts in text order.
/// </summary>
public sealed class IncludedActs(EventLanguage language)
{
    public List<DraftEvent> Filter(EventText text, List<DraftEvent> drafts)
    {
        var dropped = new bool[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            if (dropped[i]) continue;
            var whole = drafts[i];
            for (var j = i + 1; j < drafts.Count && drafts[j].Trigger.Sentence == whole.Trigger.Sentence; j++)
                if (!dropped[j] && IsPartOf(text, drafts[j], whole)) dropped[j] = true;
        }
        return drafts.Where((_, i) => !dropped[i]).ToList();
    }

    private bool IsPartOf(EventText text, DraftEvent part, DraftEvent whole) => (whole.Type, part.Type) switch
    {
        // «دخل المعتقلون في إضراب عن الطعام، رفضاً لاعتقالهم», «تعتصم … تضامناً مع ابنها»: the rejection, condemnation or
        // solidarity an act gives as its motive is that act's topic, not an act of its own.
        (_, PloverType.REJECT or PloverType.ACCUSE or PloverType.SUPPORT) when IsMotive(text, part) => true,
        (PloverType.PROTEST, PloverType.REQUEST) => IsPurpose(text, part),
        (PloverType.PROTEST, PloverType.ASSAULT) => whole.Mode == "riot" && part.Mode == "destroy",
        // «التقى رئيس الوزراء وزير الدفاع الفرنسي، الذي يزور القاهرة حالياً»: the visit the relative clause mentions is
        // the setting of the meeting, the one consultation.
        (PloverType.CONSULT, PloverType.CONSULT) => part.InRelativeClause,
        (PloverType.ASSAULT, PloverType.ASSAULT) => HarmOfAttack(whole, part),
        // «طرد السفير وأمهله 48 ساعة لمغادرة البلاد»: the deadline to leave is the expulsion's own term.
        (PloverType.SANCTION, PloverType.THREATEN) => whole.Mode == "expel" && part.Mode == "expel",
        // «استهداف قوافل الإغاثة»: the aid right after a hostile act is what it hit, a thing, not a gift.
        (PloverType.ASSAULT or PloverType.COERCE, PloverType.AID) => part.Trigger.First == whole.Trigger.End && !part.Trigger.Verbal,
        (PloverType.SANCTION or PloverType.COERCE or PloverType.CONCEDE, PloverType.ACCUSE) =>
            IsJudicial(whole) && part.Mode == "allege" && !part.Trigger.Verbal && part.Trigger.Entry.Contexts.Contains("legal"),
        _ => false,
    };

    // «للمطالبة بـ»: the demand as the protest's purpose, a verbal noun linked to it by the letter that links an intent to
    // its act (intent_complement in arguments.tsv); a demand with a verb or noun of its own («… فيما طالب الرئيس», «رغم
    // مناشدات منظمات») is another act.
    private bool IsPurpose(EventText text, DraftEvent request) =>
        !request.Trigger.Verbal && language.HasLinkingLetter(text.Words[request.Trigger.First]);

    // A grievance word («احتجاجاً»، «رفضاً»، «تنديداً») or the accusative of solidarity («تضامناً») as the trigger itself.
    private bool IsMotive(EventText text, DraftEvent part) =>
        language.IsCue("grievance", text.Words[part.Trigger.First]) || language.IsCue("solidarity", text.Words[part.Trigger.First]);

    /// <summary>Within a few words after a passive harm, an attack noun: the harm is that attack's; the harm takes what the noun adds.</summary>
    private static bool HarmOfAttack(DraftEvent harm, DraftEvent attack)
    {
        if (!harm.Trigger.Passive || attack.Trigger.Verbal || attack.Trigger.First - harm.Trigger.End > 6) return false;
        harm.Mode ??= attack.Mode;
        if (attack.Mode is not null && harm.Cameo == "190") harm.Cameo = attack.Cameo;
        if (harm.Source is null && attack.Source is not null)
        {
            harm.Source = attack.Source;
            harm.SourcePhrase = attack.SourcePhrase;
        }
        foreach (var context in attack.Contexts)
            if (!harm.Contexts.Contains(context)) harm.Contexts.Add(context);
        return true;
    }

    // A conviction or sentence, an arrest or detention, a pardon: the acts a charge is the ground of.
    private static bool IsJudicial(DraftEvent draft) => draft.Type switch
    {
        PloverType.SANCTION => draft.Mode == "convict",
        PloverType.COERCE => draft.Mode is "arrest" or "deport",
        PloverType.CONCEDE => draft.Contexts.Contains("legal"),
        _ => false,
    };
}
