using Marsad.Documents;
using Marsad.Entities;
using Marsad.Text.Morphology;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;
using Marsad.Time;

namespace Marsad.Quotes;

/// <summary>
/// One article seen the way the quote passes need it: each token's sentence, the quoted segments by their marks, the
/// entity mentions by the token they start at, and which tokens lie in a time expression. Built once per article,
/// read by every pass; not thread-safe.
/// </summary>
internal sealed class QuoteContext
{
    private readonly int[] _sentenceOf;
    private readonly QuotedSegment?[] _segmentAtOpen;
    private readonly QuotedSegment?[] _segmentAtClose;
    private readonly EntityMention?[] _mentionAt;
    private readonly bool[] _inTime;
    private readonly bool[] _inDate;
    private readonly EntityMention?[] _nameEndingAt;

    public QuoteContext(QuoteInput input, QuoteLexicon lexicon)
    {
        Input = input;
        Lexicon = lexicon;
        var n = input.Tokens.Count;
        _sentenceOf = new int[n];
        Array.Fill(_sentenceOf, -1);
        foreach (var s in input.Sentences)
            for (var t = s.FirstToken; t < s.EndToken && t < n; t++) _sentenceOf[t] = s.Index;
        Segments = QuotationMarks.Find(input.Text, input.Tokens);
        _segmentAtOpen = new QuotedSegment?[n];
        _segmentAtClose = new QuotedSegment?[n];
        foreach (var segment in Segments)
        {
            _segmentAtOpen[segment.Open] = segment;
            _segmentAtClose[segment.Close] = segment;
        }
        // The longest mention starting at a token: the one a reader takes the words to name (the nisba inside
        // «وزارة الخارجية الألمانية» is nested in it).
        _mentionAt = new EntityMention?[n];
        foreach (var m in input.Entities.Mentions)
            if (m.FirstToken < n && (_mentionAt[m.FirstToken] is not { } other || other.EndToken < m.EndToken)) _mentionAt[m.FirstToken] = m;
        // The first person, body or state (not a nisba) ending before each token: a subject in nominal order.
        _nameEndingAt = new EntityMention?[n + 1];
        foreach (var m in input.Entities.Mentions)
            if (m.EndToken <= n && m.Kind is not MentionKind.Nisba && m.Type is EntityType.PER or EntityType.ORG or EntityType.GPE)
                _nameEndingAt[m.EndToken] ??= m;
        _inTime = new bool[n];
        _inDate = new bool[n];
        if (input.Times is { Count: > 0 } times)
        {
            var t = 0;
            foreach (var time in times)
            {
                while (t < n && input.Tokens[t].Span.End <= time.Span.Start) t++;
                for (var k = t; k < n && input.Tokens[k].Span.Start < time.Span.End; k++)
                {
                    _inTime[k] = true;
                    _inDate[k] |= time.Type is TimexType.Date or TimexType.Time;
                }
            }
        }
    }

    public QuoteInput Input { get; }

    public QuoteLexicon Lexicon { get; }

    public IReadOnlyList<Token> Tokens => Input.Tokens;

    public IReadOnlyList<QuotedSegment> Segments { get; }

    public int Count => Input.Tokens.Count;

    public string Key(int token) => Input.Tokens[token].Key;

    public int SentenceOf(int token) => _sentenceOf[token];

    public int SentenceEnd(int token)
    {
        var s = _sentenceOf[token];
        return s >= 0 ? Input.Sentences[s].EndToken : token + 1;
    }

    public int SentenceStart(int token)
    {
        var s = _sentenceOf[token];
        return s >= 0 ? Input.Sentences[s].FirstToken : token;
    }

    /// <summary>No word of its sentence comes before the token (a bullet or a mark may; a conjunction is written on the word:
    /// «وقال»).</summary>
    public bool OpensSentence(int token)
    {
        for (var t = SentenceStart(token); t < token; t++)
            if (IsWord(t)) return false;
        return true;
    }

    public TextSpan SentenceSpan(int token)
    {
        var s = _sentenceOf[token];
        return s >= 0 ? Input.Sentences[s].Span : Input.Tokens[token].Span;
    }

    public QuotedSegment? SegmentOpeningAt(int token) => _segmentAtOpen[token];

    public QuotedSegment? SegmentClosingAt(int token) => _segmentAtClose[token];

    public EntityMention? MentionAt(int token) => _mentionAt[token];

    public bool InTime(int token) => _inTime[token];

    /// <summary>The token is in a date or a clock time (not a duration nor a recurrence such as «السنوي»): when something
    /// happened.</summary>
    public bool InDate(int token) => _inDate[token];

    /// <summary>A person, body or state named right before <paramref name="token"/> (its mention ends there), or null.</summary>
    public EntityMention? NameEndingBefore(int token) => _nameEndingAt[token];

    public bool IsWord(int token) => Input.Tokens[token].IsWord;

    /// <summary>The words from <paramref name="first"/> on are <paramref name="words"/> (matching keys), a leading و/ف allowed
    /// on the first one («وهناك من», «ومن يعتقد»).</summary>
    public bool PhraseAt(int first, IReadOnlyList<string> words)
    {
        if (first < 0 || first + words.Count > Count) return false;
        for (var w = 0; w < words.Count; w++)
        {
            if (!IsWord(first + w)) return false;
            var key = Key(first + w);
            if (key != words[w] && !(w == 0 && CliticSegmenter.WithoutConjunction(key.AsSpan(), words[w].Length - 1).SequenceEqual(words[w]))) return false;
        }
        return true;
    }

    private char Punctuation(int token) => Input.Tokens[token] is { Kind: TokenKind.Punctuation } t ? t.Normalized[0] : '\0';

    public bool IsComma(int token) => Punctuation(token) is '،' or ',' or '؛' or ';';

    /// <summary>A colon, not the one of a clock time between two numbers («الساعة 11:59», «59: 11»), which introduces nothing.</summary>
    public bool IsColon(int token) => Punctuation(token) == ':' && !BetweenNumbers(token);

    private bool BetweenNumbers(int token) =>
        token > 0 && token + 1 < Count && Input.Tokens[token - 1].Kind == TokenKind.Number && Input.Tokens[token + 1].Kind == TokenKind.Number;

    /// <summary>A mark that ends a sentence; not the full stop of an abbreviation the sentence splitter kept inside it («م. خالد»).</summary>
    public bool IsSentenceEndMark(int token) => Punctuation(token) is '.' or '؟' or '?' or '!' or '…' && !IsAbbreviationDot(token);

    /// <summary>The full stop of an abbreviated title or initial («م.»، «د.»، «أ.د.»): see <see cref="SentenceSplitter.IsAbbreviationDot"/>.</summary>
    public bool IsAbbreviationDot(int token) =>
        Punctuation(token) == '.' && SentenceSplitter.IsAbbreviationDot(Input.Tokens, SentenceStart(token), token);

    /// <summary>The word carries a preposition ل/ب/ك as proclitic (للصحافيين، بتصريحات), per the segmenter, unless it is
    /// a source noun of sources.tsv as written («كثيرون» is no ك + ثيرون).</summary>
    public bool HasPreposition(int token) =>
        Input.Words is { } words && token < words.Count && words[token] is { } w && w.Proclitics.Any(p => p is "ل" or "ب" or "ك")
        && !Lexicon.IsSourceAsWritten(Key(token));

    /// <summary>The word carries <paramref name="proclitic"/> as proclitic, per the segmenter (لوكالة: ل).</summary>
    public bool HasProclitic(int token, string proclitic) =>
        Input.Words is { } words && token < words.Count && words[token] is { } w && w.Proclitics.Contains(proclitic);

    /// <summary>The word's base without clitics (matching key), when the words layer is there.</summary>
    public string? Base(int token) => Input.Words is { } words && token < words.Count ? words[token]?.Base : null;

    /// <summary>
    /// The word ends a speaker phrase (speaker-stops.tsv): as written, as its base («فيها» = في + ها), or as a base the
    /// segmenter reaches by cutting only a conjunction و/ف off it («وفي», «فقد»): a source phrase ran on past «فقد فطن».
    /// </summary>
    public bool IsSpeakerStop(int token)
    {
        var key = Key(token);
        if (Lexicon.IsSpeakerStop(key)) return true;
        if (Input.Words is not { } words || token >= words.Count || words[token] is not { } word) return false;
        if (Lexicon.IsSpeakerStop(word.Base)) return true;
        // «فقد» keeps its ف as the best guess (فقد «lost»), but the segmenter still offers «قد» among its bases.
        if (key[0] is not ('و' or 'ف')) return false;
        foreach (var candidate in word.Candidates)
            if (candidate.Length == key.Length - 1 && Lexicon.IsSpeakerStop(candidate)) return true;
        return false;
    }

    public TextSpan Span(int first, int end) => new(Input.Tokens[first].Span.Start, Input.Tokens[end - 1].Span.End);

    /// <summary>Drops punctuation and quotation marks from both ends of a token range.</summary>
    public (int First, int End) Trim(int first, int end)
    {
        while (first < end && Input.Tokens[first].Kind is TokenKind.Punctuation or TokenKind.Quote) first++;
        while (end > first && Input.Tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Quote) end--;
        return (first, end);
    }
}
