using Marsad.Events.Actors;

namespace Marsad.Events.Arguments;

/// <summary>
/// The second party of a joint act named by a common noun joined by و to the first, whose own state stands right after
/// it as a nisba or a place: «اتفقت الحكومة العراقية وحكومة إقليم كردستان», «وقع الوزير السعودي ونظيره الأردني» when the
/// noun heads no actor phrase of its own. The noun with that nisba or place is the party, in that state.
/// </summary>
public static class ConjunctParty
{
    /// <summary>
    /// The phrase from <paramref name="token"/> — a word surely opening with the conjunction و, not part of an actor — to
    /// the end of the actor phrase right after it, which names a state and carries no preposition; null if there is none.
    /// </summary>
    public static ActorPhrase? At(EventText text, int token)
    {
        if (text.ActorCovering[token] >= 0 || !ClauseSyntax.SurelyJoinedByAnd(text, token)) return null;
        var next = ClauseSyntax.NextWord(text, token + 1, text.Tokens.Count);
        if (next >= text.Tokens.Count || next > token + 1 || text.ActorStartingAt[next] is not (var a and >= 0)) return null;
        var owner = text.Actors[a];
        if (owner.Country is null || owner.Proclitics.Length > 0) return null;
        // The conjunction is no part of the party, as actor phrases leave their proclitics out.
        var span = new Documents.TextSpan(text.Tokens[token].Span.Start + 1, owner.Span.End);
        return new ActorPhrase(token, owner.End, span, span.Slice(text.Text), null, owner.Country, owner.IsPlace ? null : owner.Sector,
            Collective: true, IsPlace: false, "و");
    }
}
