using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// Whom a complementiser's pronoun stands for («قال التحالف إنه», «أعلنت القوات أنها»): the quote's speaker, else the first
/// free actor of the sentence before it that the pronoun agrees with (<see cref="Agreement"/>).
/// </summary>
public sealed class ComplementPronoun(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);
    private readonly Agreement _agreement = new(language);

    /// <summary>
    /// Who a complementiser's pronoun stands for («قال التحالف … إنه», «أعلنت القوات المسلحة الأردنية أنها»): the speaker of
    /// the quote the clause is, else the first actor of the sentence before the complementiser that is not a place, a lone
    /// nisba or governed by a preposition (a dateline city «عمّان -» is a place).
    /// </summary>
    // «وقال الوزير إنها ترفض»: the pronoun agrees with what it stands for (Agreement); a speaker or a first actor it cannot
    // stand for is passed over, and none found leaves the subject unknown rather than the wrong one.
    public EventActor? PronounAntecedent(EventText text, DraftEvent draft, int complement, int sentenceStart) =>
        PronounAntecedent(text, draft, complement, sentenceStart, out _);

    /// <summary>The pronoun's antecedent; <paramref name="disagreed"/> when an actor it would have taken does not agree with it.</summary>
    public EventActor? PronounAntecedent(EventText text, DraftEvent draft, int complement, int sentenceStart, out bool disagreed)
    {
        var pronoun = Agreement.PronounOf(text, complement);
        disagreed = false;
        if (draft.SpeakerActor is { } speaker)
        {
            if (text.Actors.FirstOrDefault(p => p.Span == speaker.Span) is not { } said || _agreement.Agrees(text, pronoun, said)) return speaker;
            disagreed = true;
        }
        var antecedent = FirstFreeActor(text, sentenceStart, complement, draft, pronoun);
        disagreed |= antecedent is null && FirstFreeActor(text, sentenceStart, complement, draft) is not null;
        return antecedent;
    }

    /// <summary>
    /// The first actor in [from, to) that is not a place (a dateline city «جدة -»), a lone nisba or governed by a
    /// preposition, and that the pronoun standing for it agrees with.
    /// </summary>
    public EventActor? FirstFreeActor(EventText text, int from, int to, DraftEvent draft, Agreement.Pronoun pronoun = Agreement.Pronoun.Unknown)
    {
        for (var t = from; t < Math.Min(to, text.Tokens.Count); t++)
        {
            if (text.ActorStartingAt[t] is not (var a and >= 0)) continue;
            var phrase = text.Actors[a];
            t = phrase.End - 1;
            if (phrase.IsPlace || phrase.Adjectival || _syntax.Governing(text, phrase) is not null || !_agreement.Agrees(text, pronoun, phrase)) continue;
            return ActorStates.ToActor(text, phrase, draft);
        }
        return null;
    }
}
