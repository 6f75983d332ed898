namespace Marsad.Quotes;

/// <summary>Matches the attribution phrases of the lexicon at a token (the first word may carry و/ف).</summary>
internal sealed class AttributionMatcher(QuoteContext context)
{
    private readonly QuoteContext _c = context;

    /// <summary>The phrase starting at <paramref name="token"/> and the token after it, or null.</summary>
    public (AttributionPhrase Phrase, int End)? At(int token)
    {
        var first = _c.Key(token);
        var bare = first.Length > 3 && first[0] is 'و' or 'ف' ? first[1..] : first;
        foreach (var phrase in _c.Lexicon.Attributions)
        {
            if (phrase.Words[0] != first && phrase.Words[0] != bare) continue;
            var n = phrase.Words.Count;
            if (token + n > _c.Count) continue;
            var matches = true;
            for (var w = 1; w < n && matches; w++) matches = _c.Key(token + w) == phrase.Words[w];
            if (matches) return (phrase, token + n);
        }
        return null;
    }
}
