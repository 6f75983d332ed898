using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The agent that makes an unvowelled verb passive (arguments.tsv: <c>agent</c> after its preposition, <c>by_order</c>
/// with من): the actor it names did the act, and the verb's subject underwent it.
/// </summary>
public sealed class PassiveAgent(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>
    /// «واعتقل الصحفي من قبل قوات الأمن», «وقتل المتظاهرون على أيدي الشرطة», «وأغلقت مكاتب القناة بقرار من السلطات»:
    /// right after a verb's subject (a place or a time between at most), an agent cue of arguments.tsv after its preposition
    /// (من قبل، على أيدي، على يد, من جانب، من طرف; not a relative such as «تبناه») or an order (by_order) and the actor after it. An
    /// unvowelled verb reads the same active or passive; the agent says which.
    /// </summary>
    public ActorPhrase? Agent(EventText text, int from, int end, bool[] isTrigger)
    {
        for (var t = from; t < end && t < from + 8; t++)
        {
            if (text.IsSkippable(t) || text.InTime[t]) continue;
            if (_syntax.IsClauseEnd(text, t) || isTrigger[t] || text.IsComma(t)) return null;
            if (text.ActorCovering[t] is var covering and >= 0)
            {
                // Only where it happened may stand between: any other actor is the object of an active verb.
                if (!text.Actors[covering].IsPlace) return null;
                t = text.Actors[covering].End - 1;
                continue;
            }
            var word = text.Words[t];
            if (language.IsCue("locative", word)) continue;
            // «من قبل», «على أيدي»: the agent cue after its preposition; «بقرار من», «بأمر من»: an order (by_order) and its من.
            // An order's issuer after من only: «رحبت الحكومة بقرار المغرب» welcomes a decision, its genitive is no agent.
            var agent = _syntax.IsAgentCue(text, t) && t > from && language.IsCue("preposition", text.Words[t - 1])
                || language.IsCue("by_order", word) && ClauseSyntax.NextWord(text, t + 1, end) is var next && next < end && text.Tokens[next].Key == "من";
            if (!agent)
            {
                if (language.IsCue("preposition", word) && t + 1 < end && _syntax.IsAgentCue(text, t + 1)) continue;
                return null;
            }
            for (var u = t + 1; u < Math.Min(end, t + 3); u++)
                if (text.ActorStartingAt[u] is var a and >= 0 && !text.Actors[a].IsPlace) return text.Actors[a];
            return null;
        }
        return null;
    }
}
