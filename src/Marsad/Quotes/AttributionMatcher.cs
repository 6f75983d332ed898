namespace Marsad.Quotes;

/// <summary>Matches the attribution phrases of the lexicon at a token (the first word may carry و/ف), and the source they
/// name.</summary>
internal sealed class AttributionMatcher(QuoteContext context, SpeakerFinder speakers)
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

    /// <summary>
    /// The phrase at <paramref name="token"/> with the source it names, and the end of the cue (the phrase, with its verb of
    /// saying after «ما»), or null. After a bare preposition the source must be a named entity or a source noun: «بحسب السن
    /// والحجم»، «وفق الضوابط»، «وفقا للآلية المتفق عليها» measure by a standard and attribute nothing; after «ما» + a verb
    /// of saying any phrase is a source.
    /// </summary>
    public (AttributionPhrase Phrase, SpeakerPhrase Source, int CueEnd)? WithSource(int token)
    {
        if (At(token) is not { } match) return null;
        var sentenceEnd = _c.SentenceEnd(token);
        var sourceStart = match.End;
        var cueEnd = match.End;
        if (match.Phrase.Follows == AttributionFollows.VerbThenSource)
        {
            if (sourceStart >= sentenceEnd || _c.Lexicon.Cue(StripEnclitic(_c.Key(sourceStart))) is not { Form: CueForm.Verb }) return null;
            sourceStart++;
            cueEnd = sourceStart;
        }
        return speakers.At(sourceStart, sentenceEnd, requireKnown: match.Phrase.Follows == AttributionFollows.Source) is { } source
            ? (match.Phrase, WithoutPreposition(source), cueEnd)
            : null;
    }

    /// <summary>«وفقا لمصدر أمني»، «طبقا للمصادر»: the phrase's ل written on the source's first word belongs to the phrase,
    /// not to the words that name the source (an entity's mention already leaves it out); after it the article's ل gets
    /// its alef back («المصادر»).</summary>
    private SpeakerPhrase WithoutPreposition(SpeakerPhrase source)
    {
        var speaker = source.Speaker;
        var first = _c.Tokens[source.First];
        if (speaker.EntityId is not null || speaker.Span.Start != first.Span.Start || _c.Input.Words is not { } words
            || source.First >= words.Count || words[source.First] is not { Proclitics: ["ل", ..] } word) return source;
        var span = Events.Actors.ActorPhraseFinder.Span(_c.Tokens, source.First, source.First + 1, "ل", _c.Input.Text);
        if (span.Start >= speaker.Span.End) return source;
        span = new Documents.TextSpan(span.Start, speaker.Span.End);
        var fused = word.Proclitics.Count > 1 && word.Proclitics[1] == Text.Morphology.CliticSegmenter.Article;
        return source with { Speaker = speaker with { Text = Text.Morphology.FusedArticle.Restore(span.Slice(_c.Input.Text), fused), Span = span } };
    }

    // ذكرته = ذكرت + ه: the pronoun refers back to «ما».
    private static string StripEnclitic(string key) => key.Length > 4 && key[^1] == 'ه' ? key[..^1] : key;
}
