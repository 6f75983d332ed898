using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// Whom an imposed measure bears on (arguments.tsv: <c>measure</c>, <c>borne</c>): «رفع العقوبات الاقتصادية الأميركية على
/// إيران», «تخفيف العقوبات المفروضة على طهران». The measure noun marks its bearer by «على» whatever preposition the
/// event's own row marks its recipient with («رفع … عن»), so lifting, easing, threatening or imposing the measure acts on it.
/// </summary>
public sealed class MeasureBearer(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>
    /// When the trigger's pattern ends with a measure noun: after it, within five words of adjectives (nisbas among them,
    /// «الأممية والأوروبية والأميركية») and participles («المفروضة»), a <c>borne</c> preposition and the actor right after
    /// it, a state, a capital standing for it or a named body, of another state than the source's (nobody lifts a measure
    /// borne by itself: that source was misread). Any other preposition, actor, trigger, comma or clause end first ends
    /// the noun phrase: what follows belongs to something else.
    /// </summary>
    public ActorPhrase? Bearer(EventText text, TriggerMatch m, int end, bool[] isTrigger, ActorPhrase? source)
    {
        if (!language.IsCue("measure", text.Words[m.WordTokens[^1]])) return null;
        var words = 0;
        for (var t = m.End; t < end && words < 5; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || isTrigger[t] || text.IsComma(t)) return null;
            if (text.ActorStartingAt[t] is var a and >= 0)
            {
                if (!text.Actors[a].Adjectival) return null;
                t = text.Actors[a].End - 1;
                words++;
                continue;
            }
            if (language.IsCue("borne", text.Words[t]))
            {
                var next = ClauseSyntax.NextWord(text, t + 1, end);
                return next < end && text.ActorStartingAt[next] is var b and >= 0 && text.Actors[b] is { Adjectival: false } bearer
                    && (!bearer.IsPlace || bearer.Country is not null) && (bearer.Country is null || bearer.Country != source?.Country) ? bearer : null;
            }
            if (language.IsCue("preposition", text.Words[t]) || text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord) return null;
            words++;
        }
        return null;
    }
}
