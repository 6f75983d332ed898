using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// «ترحيب رسمي من واشنطن بالاتفاق», «إدانة واسعة من الأحزاب للهجوم»: a noun of reacting to an act (arguments.tsv,
/// reaction) names who reacted after من — right after it or after at most two of its adjectives. That actor is the
/// event's source; what the reaction is to follows with the row's own preposition. Only a state or a body reacts, so a
/// capital after من stands for its state («ترحيب رسمي من واشنطن»: the United States; <see cref="ActorPhrase.StandsForItsState"/>).
/// </summary>
public sealed class ReactionSource(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>The actor after the من of the reaction noun <paramref name="m"/>, or null.</summary>
    public ActorPhrase? Find(EventText text, TriggerMatch m, int end)
    {
        if (m.Verbal || !language.IsCue("reaction", text.Words[m.WordTokens[^1]])) return null;
        var words = 0;
        for (var t = m.End; t < end && words <= 2; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.Tokens[t].Key == "من")
            {
                var next = ClauseSyntax.NextWord(text, t + 1, end);
                return next < end && text.ActorStartingAt[next] is var a and >= 0 && text.Actors[a] is { Adjectival: false } reactor && (!reactor.IsPlace || reactor.StandsForItsState)
                    ? reactor : null;
            }
            // Only the noun's adjectives stand between: an actor, a preposition, a comma or a clause end is another phrase.
            if (text.ActorCovering[t] >= 0 || text.IsComma(t) || _syntax.IsClauseEnd(text, t) || language.IsCue("preposition", text.Words[t])
                || text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord)
                return null;
            words++;
        }
        return null;
    }
}
