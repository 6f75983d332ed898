using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// A verbal noun whose genitive is followed by its object in the accusative: «اعتقال الشرطة مئات الطلاب», «اغتيال مسلحين
/// ضابطاً», «احتلال إسرائيل الجولان». The genitive is then the doer, not the patient a noun whose target column is obj
/// otherwise takes it for.
/// </summary>
public sealed class VerbalNounDoer(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>
    /// The doer and the object of a nominal trigger marking its recipient as obj: an actor (no place, lone nisba, conjunct
    /// or governed phrase) right after the noun and, right after it, another such actor, a count before its noun
    /// («مئات الطلاب») included. Null when the genitive stands alone (then it is the patient: «اعتقال الناشط»).
    /// </summary>
    public (ActorPhrase Doer, ActorPhrase Object)? Find(EventText text, TriggerMatch m, int end)
    {
        if (m.Verbal || !m.Entry.TargetIsObject || ClauseSyntax.HasPronounSuffix(text, m.WordTokens[^1])) return null;
        // The genitive may look governed when the noun carries ب or ل («باعتقال السلطات»); the noun is what it follows.
        if (m.End >= end || text.ActorStartingAt[m.End] is not (var g and >= 0) || !Free(text, text.Actors[g], genitive: true)) return null;
        var doer = text.Actors[g];
        var next = doer.End;
        while (next < end && text.InTime[next]) next++;
        // «ثلاثة صحفيين»: a count the phrase left out stands before its noun.
        if (next + 1 < end && text.ActorStartingAt[next] < 0 && CountWord.Is(text.Tokens[next])) next++;
        if (next >= end || text.ActorStartingAt[next] is not (var o and >= 0) || !Free(text, text.Actors[o])) return null;
        return (doer, text.Actors[o]);
    }

    private bool Free(EventText text, ActorPhrase phrase, bool genitive = false) =>
        !phrase.IsPlace && !phrase.Adjectival && !phrase.Proclitics.StartsWith('و') && (genitive ? !phrase.HasAttachedPreposition : _syntax.Governing(text, phrase) is null)
        && phrase.Sector != "@body" && !language.IsCue("preposition", text.Words[phrase.First]);
}
