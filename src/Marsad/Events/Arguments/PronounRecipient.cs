using Marsad.Entities;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;

namespace Marsad.Events.Arguments;

/// <summary>
/// A recipient named by the pronoun on its preposition («واتفق معه على», «وتعهدت بشن حملة ضدها», «احتجت لديه»): the
/// preposition is one the trigger's row marks its recipient with, and the pronoun stands for the last actor before the
/// trigger that it agrees with and that is not the event's source. A place is no antecedent («فيها» is where, and a
/// locative preposition marks none), nor a nisba alone.
/// </summary>
public sealed class PronounRecipient(EventLanguage language)
{
    /// <summary>How many words after the trigger the preposition may stand («بحث الرئيس معه», «شن هجوما عنيفا ضدهم»).</summary>
    private const int Reach = 4;

    private readonly ClauseSyntax _syntax = new(language);
    private readonly Agreement _agreement = new(language);
    private readonly RelativeAntecedent _relative = new(language);

    /// <summary>
    /// The token of a recipient preposition carrying a third-person pronoun, in the trigger's own words or within
    /// <see cref="Reach"/> words after it, before any actor, other trigger, preposition, comma or clause end; or -1.
    /// </summary>
    public int Find(EventText text, TriggerMatch m, IReadOnlyList<string> marks, int end, bool[] isTrigger)
    {
        var words = 0;
        for (var t = m.First + 1; t < end && (t < m.End || words < Reach); t++)
        {
            if (text.IsSkippable(t)) continue;
            if (t >= m.End && (_syntax.IsClauseEnd(text, t) || text.IsComma(t) || isTrigger[t] || text.ActorCovering[t] >= 0)) return -1;
            if (_syntax.IsPrepositionWithPronoun(text, t) && language.CueForm("preposition", text.Words[t]) is { } form
                && marks.Contains(form) && !language.IsCue("locative", form))
                return t;
            // «ودعا إلى فرض عقوبات عليها»: past another preposition the pronoun is in the complement's phrase, not the trigger's.
            if (t >= m.End && (language.IsCue("preposition", text.Words[t]) || language.HasLinkingLetter(text.Words[t]))) return -1;
            if (t >= m.End) words++;
        }
        return -1;
    }

    /// <summary>
    /// The actor the pronoun on <paramref name="preposition"/> stands for: the antecedent of the relative clause the trigger
    /// opens («إيران التي ترفض واشنطن التنسيق معها»), when it agrees with it (Agreement) and is not this event's source.
    /// The nearest actor alone is no antecedent: the pronoun stands as often for a thing or a person the actor lexicons do
    /// not know («الخلايا التي أعلنت الوزارة القبض عليها», «مشروع … وافق عليه المجلس»); nor, measured on sample-events,
    /// is the last recipient of an earlier act of the sentence («الذي هاجمه قراصنة ونفذوا هجمات ضدها»).
    /// </summary>
    public ActorPhrase? Antecedent(EventText text, DraftEvent draft, int preposition, int sentenceStart)
    {
        var pronoun = Agreement.PronounOf(text, preposition);
        if (pronoun is Agreement.Pronoun.Unknown or Agreement.Pronoun.Dual) return null;
        if (!draft.InRelativeClause && !_relative.Opens(text, draft.Trigger.First, sentenceStart)) return null;
        return _relative.Before(text, draft.Trigger.First, sentenceStart, adjective: true) is { } antecedent && Fits(text, draft, pronoun, antecedent) ? antecedent : null;
    }

    private bool Fits(EventText text, DraftEvent draft, Agreement.Pronoun pronoun, ActorPhrase phrase) =>
        !phrase.IsPlace && !phrase.Adjectival && phrase != draft.SourcePhrase && phrase.First < draft.Trigger.First
        && (draft.Source is not { } source || !ActorStates.ToActor(text, phrase, draft).SameAs(source))
        && Agrees(text, pronoun, phrase);

    /// <summary>
    /// «قراصنة إيرانيون», «مسلحين»: a common-noun phrase with a word in the sound masculine plural names men, whom ها does
    /// not stand for («اتهم الرئيس قراصنة إيرانيين بشن هجمات ضدها»: his state).
    /// </summary>
    private static bool MasculinePlural(EventText text, ActorPhrase phrase)
    {
        if (phrase.EntityId is { } id && !EntityId.Is(id, EntityType.PER) && !EntityId.Is(id, EntityType.ORG)) return false;
        for (var t = phrase.First; t < phrase.End; t++)
        {
            var word = text.Tokens[t].Normalized;
            if (SoundPluralEnding.Masculine(word, minLength: 5)) return true;
        }
        return false;
    }

    // ه is no feminine noun; ها no masculine singular; هم neither a person nor a singular noun or a state.
    private bool Agrees(EventText text, Agreement.Pronoun pronoun, ActorPhrase phrase) => pronoun switch
    {
        Agreement.Pronoun.Masculine => !_agreement.FeminineHead(text, phrase),
        Agreement.Pronoun.Feminine => !_agreement.MasculineHead(text, phrase) && !MasculinePlural(text, phrase),
        Agreement.Pronoun.Plural => !_agreement.MasculineHead(text, phrase)
            && !text.Tokens[phrase.First].Normalized.EndsWith('ة')
            && !EntityId.Is(phrase.EntityId, EntityType.PER)
            && !EntityId.Is(phrase.EntityId, EntityType.GPE),
        _ => false,
    };
}
