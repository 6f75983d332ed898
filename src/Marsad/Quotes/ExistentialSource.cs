namespace Marsad.Quotes;

/// <summary>
/// «وهناك من يرى أن…», «ثمة من يرجح أن…»: an existential phrase of "those who" (existential-sources.tsv) right before a
/// verb of saying is its subject, an unnamed party kept as its words (entity id null). Without it the verb, which has no
/// subject after it, fell back to the person named before, putting a view the article sets against his in his mouth.
/// </summary>
internal sealed class ExistentialSource(QuoteContext context)
{
    private readonly QuoteContext _c = context;

    /// <summary>The phrase ending right before <paramref name="cue"/>, or null.</summary>
    public SpeakerPhrase? Before(int cue)
    {
        var sentenceStart = _c.SentenceStart(cue);
        foreach (var words in _c.Lexicon.ExistentialSources)
        {
            var first = cue - words.Count;
            if (first < sentenceStart || !_c.PhraseAt(first, words)) continue;
            var span = _c.Span(first, cue);
            return new SpeakerPhrase(first, cue, new QuoteSpeaker(null, span.Slice(_c.Input.Text), span));
        }
        return null;
    }
}
