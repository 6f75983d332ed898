using Marsad.Events.Actors;

namespace Marsad.Events.Arguments;

/// <summary>
/// The second party of a joint act named by a common noun joined by و to the first, whose own state stands right after
/// it as a nisba or a place: «اتفقت الحكومة العراقية وحكومة إقليم كردستان», «وقع الوزير السعودي ونظيره الأردني» when the
/// noun heads no actor phrase of its own, or is a one-word group noun of no state («حكومة»), which alone would take up the
/// first party it repeats. The noun with that nisba or place is the party, in that state.
/// </summary>
public static class ConjunctParty
{
    /// <summary>
    /// The phrase from <paramref name="token"/> — a word surely opening with the conjunction و, not part of an actor or
    /// a one-word group noun of no state — to the end of the actor phrase right after it, which names a state and carries
    /// no preposition; null if there is none.
    /// </summary>
    public static ActorPhrase? At(EventText text, int token)
    {
        var noun = text.ActorCovering[token] is var c and >= 0 ? text.Actors[c] : null;
        if (noun is not null && !(noun.First == token && noun.End == token + 1 && noun is { Collective: true, Country: null, IsPlace: false, Adjectival: false })
            || !ClauseSyntax.SurelyJoinedByAnd(text, token)) return null;
        var next = ClauseSyntax.NextWord(text, token + 1, text.Tokens.Count);
        if (next >= text.Tokens.Count || next > token + 1 || text.ActorStartingAt[next] is not (var a and >= 0)) return null;
        var owner = text.Actors[a];
        if (owner.Country is null || owner.Proclitics.Length > 0) return null;
        // The conjunction is no part of the party, as actor phrases leave their proclitics out.
        var span = new Documents.TextSpan(text.Tokens[token].Span.Start + 1, owner.Span.End);
        return new ActorPhrase(token, owner.End, span, span.Slice(text.Text), null, owner.Country, noun?.Sector ?? (owner.IsPlace ? null : owner.Sector),
            Collective: true, IsPlace: false, "و");
    }
}
