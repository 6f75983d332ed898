using Marsad.Entities;
using Marsad.Text.Tokenization;

namespace Marsad.Events.Arguments;

/// <summary>
/// A wire dateline opening a sentence: a place of at most three words and a dash, and optionally the agency and a colon
/// after it («عمّان -», «الرياض - واس:», «* بنوم بنه - رويترز:», «سبق- متابعة:»). It names where and through whom the
/// report came, never who acted: the agency is no dropped subject of the verb after it (a reporting sentence never opens
/// with a dash, so «قال الوزير:» is no dateline).
/// </summary>
public static class Dateline
{
    private const int PlaceWords = 3;
    private const int AgencyWords = 3;

    /// <summary>The first token after the dateline opening the sentence that starts at <paramref name="sentenceStart"/>, or sentenceStart.</summary>
    public static int End(EventText text, int sentenceStart, int limit)
    {
        var dash = Delimiter(text, sentenceStart, limit, PlaceWords, static n => n is "-" or "–" or "—");
        if (dash < 0) return sentenceStart;
        var colon = Delimiter(text, dash + 1, limit, AgencyWords, static n => n is ":");
        return (colon >= 0 ? colon : dash) + 1;
    }

    /// <summary>
    /// An actor standing in its sentence's dateline that is no place nor state: the agency («رويترز», «واس»), whose own
    /// state says nothing about where the report's people are.
    /// </summary>
    public static bool IsAgency(EventText text, Actors.ActorPhrase actor)
    {
        if (actor.IsPlace || EntityId.Is(actor.EntityId, EntityType.GPE)) return false;
        var sentence = text.Sentences[text.SentenceOf[actor.First]];
        return actor.First < End(text, sentence.FirstToken, Math.Min(sentence.EndToken, text.Tokens.Count));
    }

    // The delimiter after at most `words` words with no conjunction on the first one (a dateline opens the article's text).
    private static int Delimiter(EventText text, int from, int limit, int words, Func<string, bool> isDelimiter)
    {
        var seen = 0;
        for (var t = from; t < limit; t++)
        {
            var token = text.Tokens[t];
            if (isDelimiter(token.Normalized)) return seen > 0 ? t : -1;
            if (token.Kind != TokenKind.ArabicWord && token.Kind != TokenKind.LatinWord) continue;
            if (seen == 0 && ClauseSyntax.HasConjunction(text, t)) return -1;
            if (++seen > words) return -1;
        }
        return -1;
    }
}
