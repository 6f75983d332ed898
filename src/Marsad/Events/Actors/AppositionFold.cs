using Marsad.Text.Tokenization;

namespace Marsad.Events.Actors;

/// <summary>
/// «وزير الخارجية الأمريكية، أنتوني بلينكن»: a role and a name of one entity side by side, with only a comma, bracket or
/// quotation mark between them, are one phrase. A pass of its own over the finished phrases: it reads only their
/// entities and the tokens between them, so an event takes one actor, not the role and the name as two.
/// </summary>
internal static class AppositionFold
{
    /// <summary>
    /// The phrases with each one that names the entity of the phrase right before it folded into that phrase: the span
    /// and text run on to its end, its state and sector fill what the first left empty. A name joined by و is another
    /// party («الوزير وبلينكن»), never an apposition.
    /// </summary>
    public static List<ActorPhrase> Fold(string text, IReadOnlyList<Token> tokens, List<ActorPhrase> phrases)
    {
        var folded = new List<ActorPhrase>(phrases.Count);
        foreach (var phrase in phrases)
        {
            if (folded.Count > 0 && folded[^1] is { EntityId: { } id } previous && phrase.EntityId == id && !phrase.Proclitics.StartsWith('و')
                && OnlyPunctuationBetween(tokens, previous.End, phrase.First))
            {
                var span = new Documents.TextSpan(previous.Span.Start, phrase.Span.End);
                folded[^1] = previous with { End = phrase.End, Span = span, Text = PhraseSpan.ReadOn(previous, span.End, text), Country = previous.Country ?? phrase.Country, Sector = previous.Sector ?? phrase.Sector };
                continue;
            }
            folded.Add(phrase);
        }
        return folded;
    }

    // At most two marks and no sentence or clause end («.», «؛»): farther apart, or across a stop, they are two mentions.
    private static bool OnlyPunctuationBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (tokens[t].Kind is not (TokenKind.Punctuation or TokenKind.Bracket or TokenKind.Quote) || tokens[t].Normalized is "." or "؛") return false;
        return to - from <= 2;
    }
}
