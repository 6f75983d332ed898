using System.Collections.Frozen;
using Marsad.Documents;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Sentences;

/// <summary>
/// Groups tokens into sentences as an Arabic reader would.
/// <list type="bullet">
/// <item>A paragraph break (a newline between two tokens) always ends a sentence: news paragraphs are often
/// a single unpunctuated sentence, and headings and source lines carry no full stop.</item>
/// <item>Inside a paragraph, a sentence ends at . … ... ؟ ? or ! — together with the terminators, closing
/// quotes and closing brackets right after it (<c>!؟</c>, <c>.".</c>, <c>؟)</c>).</item>
/// <item>Not at a dot after a single-letter word (Arabic initials د. م. أ., also with a conjunction: وم.; Latin J.),
/// unless it is the era letter of a year right before it («عام 2014م.», era-marks.txt),
/// after an abbreviation in Resources/Text/abbreviations.txt (Dr. Mr., initials spelt in Arabic: جورج دبليو. بوش),
/// or after a leading list number (1. …); dotted initials (U.S.) and decimals (3.5) are single tokens already.</item>
/// <item>Not inside a quotation or bracket that continues: <c>قال: "جملة… تتمة".</c> is one sentence. A terminator
/// right before the closing quote ends the sentence after the quote. Quotes that find no partner in their paragraph
/// are ignored, so one stray quote mark cannot swallow the rest of the paragraph.</item>
/// <item>No sentence is longer than <see cref="MaxTokens"/>: a longer run (a page glued into one unpunctuated line, a
/// quotation left open) is cut after its last comma, semicolon or colon in the second half of the window, else at the
/// limit, and the piece is marked <see cref="Sentence.Cut"/>. Every later step works per sentence, so this bounds the
/// cost of one sentence and keeps the whole analysis linear in the article's length.</item>
/// </list>
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Longest sentence in tokens; news sentences rarely pass 120, the longest legal ones about 200.</summary>
    public const int MaxTokens = 256;

    // In matching-key form, so Dr/dr and إس/اس match alike.
    private static readonly FrozenSet<string> s_abbreviations =
        TextResources.ReadLines("abbreviations.txt").Select(MatchingKey.Of).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_eraMarks =
        TextResources.ReadLines("era-marks.txt").Select(MatchingKey.Of).ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<Sentence> Split(NormalizedText text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>(tokens.Count / 20 + 1);
        var paragraphStart = 0;
        for (var k = 1; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && !HasLineBreakBetween(text.Text, tokens[k - 1], tokens[k])) continue;
            SplitParagraph(tokens, paragraphStart, k, sentences);
            paragraphStart = k;
        }
        return sentences;
    }

    private static void SplitParagraph(IReadOnlyList<Token> tokens, int from, int to, List<Sentence> sentences)
    {
        if (from >= to) return;
        var depth = EnclosureDepths(tokens, from, to);
        var start = from;
        for (var k = from; k < to; k++)
        {
            if (k - start >= MaxTokens)
            {
                var cut = CutPoint(tokens, start, k);
                sentences.Add(Make(tokens, sentences.Count, start, cut) with { Cut = true });
                start = cut;
            }
            if (!IsTerminator(tokens[k]) || IsAbbreviationDot(tokens, start, k)) continue;
            var level = depth is null ? 0 : depth[k - from];
            var end = k + 1;
            // Absorb what closes the sentence with its terminator: more terminators, closing quotes and brackets, but never
            // past the bound (a run of hundreds of «!» is cut like any other long run).
            while (end < to && end - start < MaxTokens && (IsTerminator(tokens[end]) || IsCloser(tokens, end, from, depth)))
            {
                if (depth is not null) level = depth[end - from];
                end++;
            }
            if (level > 0) continue; // the quotation or bracket goes on past this terminator
            sentences.Add(Make(tokens, sentences.Count, start, end));
            start = end;
            k = end - 1;
        }
        if (start < to) sentences.Add(Make(tokens, sentences.Count, start, to));
    }

    /// <summary>Where to cut a sentence that reached the limit at <paramref name="limit"/>: after the last pause mark in the window's second half, else at the limit.</summary>
    private static int CutPoint(IReadOnlyList<Token> tokens, int start, int limit)
    {
        for (var k = limit - 1; k > start + MaxTokens / 2; k--)
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Normalized[0] is '،' or ',' or '؛' or ';' or ':') return k + 1;
        return limit;
    }

    private static Sentence Make(IReadOnlyList<Token> tokens, int index, int first, int end) =>
        new(index, new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End), first, end);

    private static bool HasLineBreakBetween(string text, Token before, Token after) =>
        text.AsSpan(before.NormalizedSpan.End, after.NormalizedSpan.Start - before.NormalizedSpan.End).Contains('\n');

    private static bool IsTerminator(Token token)
    {
        if (token.Kind != TokenKind.Punctuation) return false;
        var c = token.Normalized[0];
        return c is '.' or '…' or '؟' or '?' or '!' or '‼' or '⁉';
    }

    /// <summary>
    /// The full stop at <paramref name="k"/> ends an abbreviation (an initial or a title: «م. خالد»، «د. سامي»، «Dr.»; a list
    /// number «1.» opening the sentence at <paramref name="sentenceStart"/>), so it ends no sentence. The later steps ask
    /// this too, so a title's dot inside a sentence ends no phrase or clause («وقال م. خالد العمري إن…»).
    /// </summary>
    public static bool IsAbbreviationDot(IReadOnlyList<Token> tokens, int sentenceStart, int k)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var dot = tokens[k];
        if (dot.Normalized != "." || k == sentenceStart) return false;
        var before = tokens[k - 1];
        if (before.NormalizedSpan.End != dot.NormalizedSpan.Start) return false;
        return before.Kind switch
        {
            TokenKind.ArabicWord or TokenKind.LatinWord when before.Normalized.Length == 1 => !IsEraMark(tokens, sentenceStart, k - 1),
            TokenKind.ArabicWord when before.Normalized.Length == 2 && before.Normalized[0] is 'و' or 'ف' => true, // وم. = و + م.
            TokenKind.LatinWord or TokenKind.ArabicWord => s_abbreviations.Contains(before.Key),
            TokenKind.Number => k - 1 == sentenceStart, // "1. " opening a list item
            _ => false,
        };
    }

    /// <summary>«في العام 2014م. وقدر…»: the letter at <paramref name="k"/> names the era of the year right before it
    /// (era-marks.txt), so it is no initial and the full stop after it ends the sentence.</summary>
    private static bool IsEraMark(IReadOnlyList<Token> tokens, int sentenceStart, int k) =>
        k > sentenceStart && tokens[k - 1].Kind == TokenKind.Number && s_eraMarks.Contains(tokens[k].Key);

    private static bool IsCloser(IReadOnlyList<Token> tokens, int k, int from, int[]? depth)
    {
        var token = tokens[k];
        if (token.Kind is not (TokenKind.Quote or TokenKind.Bracket)) return false;
        if (depth is not null)
        {
            var before = k == from ? 0 : depth[k - from - 1];
            if (depth[k - from] != before) return depth[k - from] < before;
        }
        // A quote or bracket without a partner closes the sentence only when glued to what it follows.
        return !IsOpeningChar(token.Normalized[0]) && tokens[k - 1].NormalizedSpan.End == token.NormalizedSpan.Start;
    }

    private static bool IsClosingBracket(char c) => c is ')' or ']' or '}';

    private static bool IsOpeningChar(char c) => c is '(' or '[' or '{' or '«' or '“' or '„';

    /// <summary>
    /// For each token of the paragraph, how many quotations and brackets are open after it, counting only
    /// openers that find their closer in the paragraph. Null when the paragraph has none.
    /// A straight quote (") and “ ” close the open one of their family and open otherwise: writers mix their directions.
    /// </summary>
    private static int[]? EnclosureDepths(IReadOnlyList<Token> tokens, int from, int to)
    {
        Span<int> stack = stackalloc int[32];
        var top = 0;
        int[]? delta = null;
        for (var k = from; k < to; k++)
        {
            var token = tokens[k];
            if (token.Kind is not (TokenKind.Quote or TokenKind.Bracket)) continue;
            var family = Family(token.Normalized[0], out var opens, out var closes);
            if (family == 0) continue;
            if (closes && top > 0 && Family(tokens[stack[top - 1]].Normalized[0], out _, out _) == family)
            {
                delta ??= new int[to - from];
                delta[stack[--top] - from]++;
                delta[k - from]--;
            }
            else if (opens && top < stack.Length) stack[top++] = k;
        }
        if (delta is null) return null;
        for (var i = 1; i < delta.Length; i++) delta[i] += delta[i - 1];
        return delta;
    }

    /// <summary>0 for marks that are not tracked (apostrophes); otherwise which closer matches which opener.</summary>
    private static int Family(char c, out bool opens, out bool closes)
    {
        (opens, closes, var family) = c switch
        {
            '"' or '“' or '”' or '„' => (true, true, 1),
            '«' => (true, false, 2),
            '»' => (false, true, 2),
            '(' => (true, false, 3),
            ')' => (false, true, 3),
            '[' => (true, false, 4),
            ']' => (false, true, 4),
            '{' => (true, false, 5),
            '}' => (false, true, 5),
            _ => (false, false, 0),
        };
        return family;
    }
}
