namespace Marsad.Quotes;

/// <summary>Matches the attribution phrases of the lexicon at a token (the first word may carry و/ف).</summary>
internal sealed class AttributionMatcher(QuoteContext context)
{
    private readonly QuoteContext _c = context;

    /// <summary>The phrase starting at <paramref name="token"/> and the token after it, or null.</summary>
    public (AttributionPhrase Phrase, int End)? At(int token)
    {
        foreach (var phrase in _c.Lexicon.AttributionsStartingWith(_c.Key(token)))
        {
            var n = phrase.Words.Count;
            if (token + n > _c.Count) continue;
            var matches = true;
            for (var w = 1; w < n && matches; w++) matches = _c.Key(token + w) == phrase.Words[w];
            if (matches) return (phrase, token + n);
        }
        return null;
    }
}
