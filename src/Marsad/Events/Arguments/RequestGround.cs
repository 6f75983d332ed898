using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// A request named as the ground an act was done on: its noun carrying ب («عقد المجلس جلسة طارئة بطلب من فرنسا») or
/// after a word of arguments.tsv `ground` («أفرجت السلطات عن الصحفي بناءً على طلب الحكومة»). The request is the requester's —
/// the actor right after the trigger, its genitive or the one after من or ل («طلب سابق لرئيس البرلمان»), within three words of its
/// clause — and was put to the one who acted on it, the clause's subject, as PLOVER codes a request from the one asking to
/// the one asked (both development sets code it so). A request noun carrying its requester's pronoun («بطلبها») is left to
/// the pronoun.
/// </summary>
public sealed class RequestGround(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>The requester of a request noun that is the ground of its clause's act, or null when it is none or names nobody.</summary>
    public ActorPhrase? Requester(EventText text, TriggerMatch m, int end, bool[] isTrigger)
    {
        if (m.Verbal || m.Entry.Type != PloverType.REQUEST || !IsGround(text, m.First) || ClauseSyntax.HasPronounSuffix(text, m.WordTokens[^1])) return null;
        var words = 0;
        for (var t = m.End; t < end && words < 3; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || isTrigger[t] || text.IsComma(t) || text.InTime[t]) return null;
            if (text.ActorStartingAt[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                // «طلب أمريكي» names the requester by its nisba; a place is where, unless a state's name («من موسكو») stands for it.
                if (phrase.IsPlace && phrase.Country is null) return null;
                return _syntax.Governing(text, phrase) is null or "من" or "ل" ? phrase : null;
            }
            words++;
        }
        return null;
    }

    /// <summary>The request's first word carries ب («بطلب») or follows a `ground` word («بناءً على طلب» matched whole).</summary>
    private bool IsGround(EventText text, int first)
    {
        var word = text.Words[first];
        if (language.IsCue("ground", word)) return true;
        return word.Prefixes.Count > 0 && word.Forms.Count > 1 && ClauseSyntax.AttachedPreposition(word.Prefixes[^1]) == "ب";
    }
}
