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
        if (match.Phrase.Follows is AttributionFollows.VerbThenSource or AttributionFollows.VerbAside)
        {
            if (sourceStart >= sentenceEnd || _c.Lexicon.Cue(StripEnclitic(_c.Key(sourceStart))) is not { Form: CueForm.Verb }) return null;
            sourceStart++;
            cueEnd = sourceStart;
        }
        if (speakers.At(sourceStart, sentenceEnd, requireKnown: match.Phrase.Follows == AttributionFollows.Source) is not { } source) return null;
        if (match.Phrase.Follows == AttributionFollows.VerbAside && (!OnePhrase(source) || !SetAside(token, source.End, sentenceEnd))) return null;
        return (match.Phrase, WithoutPreposition(source), cueEnd);
    }

    private const int MaxAsideTail = 8;

    /// <summary>
    /// «…يوجد بعض التردد، كما قال فلان.»، «…، كما يقول أحد الناشطين من القبيلة.»: «كما» with a verb of saying and its subject,
    /// set off by a comma, sets the source aside in the statement before it when it closes the sentence: after the source's
    /// words only a time, the one spoken to, or a title after a comma, to the sentence's end, no complementiser, colon,
    /// quotation mark or cue — so the verb reports nothing of its own («كما أكد الوزير أن…»، «كما يقول فلان: «…»»، «…، كما يقول
    /// فلان، فإن…» are the verb's own reports). Opening its sentence «كما» is «also», the verb's own clause; with no comma
    /// it compares within its clause («لم تكن درامية كما اعتقد البعض»، «كما ذكرت أعلاه»), setting no source aside.
    /// </summary>
    private bool SetAside(int phrase, int sourceEnd, int sentenceEnd)
    {
        if (phrase == 0 || !_c.IsComma(phrase - 1) || _c.SentenceOf(phrase - 1) != _c.SentenceOf(phrase)) return false;
        var apposition = false;
        for (var k = sourceEnd; k < sentenceEnd && !_c.IsSentenceEndMark(k); k++)
        {
            if (k - sourceEnd >= MaxAsideTail) return false;
            if (_c.IsComma(k))
            {
                apposition = true;
                continue;
            }
            if (!_c.IsWord(k) || _c.Lexicon.IsComplementizer(_c.Key(k)) || _c.Lexicon.Cue(_c.Key(k)) is not null) return false;
            // Right after the source only a time or the one spoken to («لوكالة رويترز») goes with the verb: another word
            // is its object («، كما أعرب كثير من الشركات عن اهتمام مماثل»: «also expressed»), nothing set aside.
            if (!apposition && !_c.InTime(k) && !_c.HasProclitic(k, "ل") && _c.MentionAt(k) is null) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the source's words can be one noun phrase: a bare indefinite noun governing a definite one, after a definite
    /// word, is neither its adjective (which would be definite too) nor a noun it governs (a definite noun governs none),
    /// but a new phrase, the verb's object («، كما أكد المحافظ ضرورة الهدوء»: «also stressed», nothing set aside). A bare
    /// word closing the phrase may be a name the tagger missed («كما قال السيد فارغا»), and stays.
    /// </summary>
    private bool OnePhrase(SpeakerPhrase source)
    {
        if (_c.Input.Words is not { } words) return true;
        for (var k = source.First + 1; k + 1 < source.End && k + 1 < words.Count; k++)
            if (words[k - 1] is { IsDefinite: true } && _c.MentionAt(k - 1) is null && Bare(words, k) && words[k + 1] is { IsDefinite: true }
                && _c.IsWord(k + 1) && !_c.HasPreposition(k + 1)) return false;
        return true;
    }

    private bool Bare(IReadOnlyList<Text.Morphology.WordAnalysis?> words, int k) =>
        words[k] is { IsDefinite: false } && _c.IsWord(k) && _c.MentionAt(k) is null && !_c.HasPreposition(k);

    /// <summary>«وفقا لمصدر أمني»، «طبقا للمصادر»: the phrase's ل written on the source's first word belongs to the phrase,
    /// not to the words that name the source (an entity's mention already leaves it out); after it the article's ل gets
    /// its alef back («المصادر»).</summary>
    private SpeakerPhrase WithoutPreposition(SpeakerPhrase source)
    {
        var speaker = source.Speaker;
        var first = _c.Tokens[source.First];
        if (speaker.EntityId is not null || speaker.Span.Start != first.Span.Start || _c.Input.Words is not { } words
            || source.First >= words.Count || words[source.First] is not { Proclitics: ["ل", ..] } word) return source;
        var span = Events.Actors.PhraseSpan.Of(_c.Tokens, source.First, source.First + 1, "ل", _c.Input.Text);
        if (span.Start >= speaker.Span.End) return source;
        span = new Documents.TextSpan(span.Start, speaker.Span.End);
        var fused = word.Proclitics.Count > 1 && word.Proclitics[1] == Text.Morphology.CliticSegmenter.Article;
        return source with { Speaker = speaker with { Text = Text.Morphology.FusedArticle.Restore(span.Slice(_c.Input.Text), fused), Span = span } };
    }

    // ذكرته = ذكرت + ه: the pronoun refers back to «ما».
    private static string StripEnclitic(string key) => key.Length > 4 && key[^1] == 'ه' ? key[..^1] : key;
}
