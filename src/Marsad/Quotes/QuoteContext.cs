using Marsad.Documents;
using Marsad.Entities;
using Marsad.Text.Tokenization;

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
        _inTime = new bool[n];
        if (input.Times is { Count: > 0 } times)
        {
            var t = 0;
            foreach (var time in times)
            {
                while (t < n && input.Tokens[t].Span.End <= time.Span.Start) t++;
                for (var k = t; k < n && input.Tokens[k].Span.Start < time.Span.End; k++) _inTime[k] = true;
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

    public TextSpan SentenceSpan(int token)
    {
        var s = _sentenceOf[token];
        return s >= 0 ? Input.Sentences[s].Span : Input.Tokens[token].Span;
    }

    public QuotedSegment? SegmentOpeningAt(int token) => _segmentAtOpen[token];

    public QuotedSegment? SegmentClosingAt(int token) => _segmentAtClose[token];

    public EntityMention? MentionAt(int token) => _mentionAt[token];

    public bool InTime(int token) => _inTime[token];

    public bool IsWord(int token) => Input.Tokens[token].IsWord;

    public bool IsPunctuation(int token, params char[] marks) =>
        Input.Tokens[token].Kind == TokenKind.Punctuation && (marks.Length == 0 || Array.IndexOf(marks, Input.Tokens[token].Normalized[0]) >= 0);

    public bool IsComma(int token) => IsPunctuation(token, '،', ',', '؛', ';');

    public bool IsColon(int token) => IsPunctuation(token, ':');

    public bool IsSentenceEndMark(int token) => IsPunctuation(token, '.', '؟', '?', '!', '…');

    /// <summary>The word carries a preposition ل/ب/ك as proclitic (للصحافيين، بتصريحات), per the segmenter.</summary>
    public bool HasPreposition(int token) =>
        Input.Words is { } words && token < words.Count && words[token] is { } w && w.Proclitics.Any(p => p is "ل" or "ب" or "ك");

    /// <summary>The word's base without clitics (matching key), when the words layer is there.</summary>
    public string? Base(int token) => Input.Words is { } words && token < words.Count ? words[token]?.Base : null;

    public TextSpan Span(int first, int end) => new(Input.Tokens[first].Span.Start, Input.Tokens[end - 1].Span.End);

    /// <summary>Drops punctuation and quotation marks from both ends of a token range.</summary>
    public (int First, int End) Trim(int first, int end)
    {
        while (first < end && Input.Tokens[first].Kind is TokenKind.Punctuation or TokenKind.Quote) first++;
        while (end > first && Input.Tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Quote) end--;
        return (first, end);
    }
}
