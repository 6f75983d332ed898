using Marsad.Entities;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The state of a participant named by a common noun, with no state of its own («مدنيين», «مستشفى»): where the event
/// happened — the first place or state named after it in its sentence —, else, but for a hostile act, the nearest state
/// named before it, else the first state the article names, as PLOVER codes «civilians».
/// </summary>
public sealed class CommonNounState(EventLanguage language)
{
    /// <summary>
    /// The state of a common-noun participant: the first place or state named after it in its sentence (where the event
    /// happened), else (not for a hostile act) the nearest state named before it in its sentence, else the first state the
    /// article names.
    /// </summary>
    public string? StateOfCommonNoun(EventText text, ActorPhrase phrase, bool hostile)
    {
        if (StateNamedAfter(text, phrase) is { } after) return after;
        // «قصفت روسيا المستشفى», «قراصنة صوماليون … سفينة شحن»: what an attack hits is seldom its attacker's own; the state
        // named before it is the attacker's, so only a place after it tells where it was.
        if (hostile) return null;
        var sentence = text.SentenceOf[phrase.First];
        ActorPhrase? before = null;
        foreach (var actor in text.Actors)
            if (text.SentenceOf[actor.First] == sentence && actor.Country is not null && !Dateline.IsAgency(text, actor) && actor.End <= phrase.First)
                before = actor;
        if (before is not null) return before.Country;
        foreach (var actor in text.Actors)
            if (actor.Country is { } country && !Dateline.IsAgency(text, actor)) return country;
        return null;
    }

    /// <summary>
    /// The state of the first place or state named after a common noun in its sentence: where the event happened, or
    /// where an act it names goes («تسليم المطلوب إلى أنقرة»).
    /// </summary>
    public string? StateNamedAfter(EventText text, ActorPhrase phrase)
    {
        var sentence = text.SentenceOf[phrase.First];
        foreach (var actor in text.Actors)
        {
            if (text.SentenceOf[actor.First] != sentence || actor.Country is null || Dateline.IsAgency(text, actor) || actor.First < phrase.End) continue;
            // A lone nisba after it qualifies another noun («قبالة السواحل الصومالية»), and a body with its state («من قبل
            // الشرطة الأردنية») is an actor: only a place or a state's bare or formal name («المملكة العربية السعودية») tells
            // where the event was.
            if (!actor.Adjectival && (actor.IsPlace || EntityId.Is(actor.EntityId, EntityType.GPE)
                && !text.Words[actor.First].Forms.Any(f => language.TryActorNoun(f, out var sector) && sector != RealmState.Sector)))
                return actor.Country;
        }
        return null;
    }

    /// <summary>
    /// The state of an armed group named by a common noun with no state of its own («6 إرهابيين», «عشرات المسلحين»): where
    /// the event happened (the first place or state named after it), else the state of a source that is that state's own
    /// forces, police, intelligence or courts — a state's security bodies fight, arrest and try insurgents in their own
    /// land («قتلت قوات الأمن المصرية 6 إرهابيين» → Egyptian); null for any other source. Not a government: it accuses and
    /// sanctions groups abroad as often («وتتهم واشنطن مجموعة قرصنة»).
    /// </summary>
    public string? StateOfArmedGroup(EventText text, ActorPhrase phrase, EventActor? source) =>
        StateNamedAfter(text, phrase) ?? (source is { Country: { } country, Sector: "MIL" or "COP" or "SPY" or "JUD" } ? country : null);

    /// <summary>An attack, a cyberattack, a seizure or a threat: acts aimed at another party's people or property.</summary>
    public static bool Hostile(DraftEvent draft) =>
        draft.Type is PloverType.ASSAULT or PloverType.THREATEN || draft.Type == PloverType.COERCE && draft.Mode is "cyber" or "seize";
}
