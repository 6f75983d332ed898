using Marsad.Documents;
using Marsad.LanguageData;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Stories.Comparison;

/// <summary>
/// The spans of an article that are the outlet's furniture, not its report, so they state no claim: the opening byline or
/// dateline line (a line of at most <see cref="MaxLineWords"/> words holding a dash between words, first in the article:
/// «سلمى العتيبي – الرياض», «جدة - واس»), and the lines opening with a furniture opening of
/// Resources/Stories/furniture-lines.tsv (the last sentence of the last line: the pointer back to the report with its title repeated, the tag list; a short line of its own: a photo
/// credit). Every site of a multi-outlet story prints its own, so each stood as a claim only that outlet carries.
/// </summary>
public static class ArticleFurniture
{
    /// <summary>How many words a byline, dateline or credit line may hold.</summary>
    public const int MaxLineWords = 6;

    private sealed record Opening(IReadOnlyList<string> Keys, string Class, bool AtEnd);

    private static readonly Lazy<IReadOnlyList<Opening>> s_openings = new(() =>
    [
        .. LanguageFile.DataLines("Stories", "furniture-lines.tsv").Select(l => l.Text.Split('\t')).Where(f => f.Length >= 3)
            .Select(f => new Opening([.. Tokenizer.Tokenize(ArabicNormalizer.Normalize(f[0])).Where(t => t.IsWord).Select(t => t.Key)],
                f[1].Trim(), f[2].Trim() == "end"))
            .Where(o => o.Keys.Count > 0)
            .OrderByDescending(o => o.Keys.Count),
    ]);

    /// <summary>The furniture spans of an article's text, in order.</summary>
    public static IReadOnlyList<TextSpan> Spans(string text, IReadOnlyList<Token> tokens)
    {
        var lines = Lines(text, tokens);
        var spans = new List<TextSpan>();
        if (lines.Count == 0) return spans;
        var (firstSpan, firstTokens) = lines[0];
        if (IsShortLine(firstTokens, tokens) && firstTokens.Skip(1).SkipLast(1).Any(i => IsDash(tokens[i]))
            && !firstTokens.Any(i => IsSentenceEnd(tokens[i])))
            spans.Add(firstSpan);
        for (var l = 0; l < lines.Count; l++)
        {
            var (span, indices) = lines[l];
            if (l == 0 && spans.Count > 0) continue;
            if (IsShortLine(indices, tokens) && OpeningAt(tokens, indices[0], atEnd: false)) spans.Add(span);
            else if (l == lines.Count - 1)
                for (var k = 0; k < indices.Count; k++)
                {
                    var i = indices[k];
                    var startsSentence = k == 0 || IsSentenceEnd(tokens[indices[k - 1]]);
                    var lastSentence = !indices.Skip(k).SkipLast(1).Any(j => IsSentenceEnd(tokens[j]));
                    if (!startsSentence || !lastSentence || !OpeningAt(tokens, i, atEnd: true)) continue;
                    spans.Add(new TextSpan(tokens[i].Span.Start, span.End));
                    break;
                }
        }
        return spans;
    }

    /// <summary>The article's non-empty lines, each with the indices of its tokens.</summary>
    private static List<(TextSpan Span, List<int> Tokens)> Lines(string text, IReadOnlyList<Token> tokens)
    {
        var lines = new List<(TextSpan, List<int>)>();
        var t = 0;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var indices = new List<int>();
            while (t < tokens.Count && tokens[t].Span.Start < end)
            {
                if (tokens[t].Span.Start >= start) indices.Add(t);
                t++;
            }
            if (indices.Count > 0) lines.Add((new TextSpan(tokens[indices[0]].Span.Start, tokens[indices[^1]].Span.End), indices));
            start = end + 1;
        }
        return lines;
    }

    private static bool IsShortLine(List<int> indices, IReadOnlyList<Token> tokens) =>
        indices.Count(i => tokens[i].IsWord) is > 0 and <= MaxLineWords;

    private static bool IsSentenceEnd(Token token) => !token.IsWord && token.Key is "." or "؟" or "?" or "!";

    private static bool IsDash(Token token) => !token.IsWord && token.Key is "-" or "–" or "—";

    /// <summary>A furniture opening of the given place begins at token <paramref name="at"/> (its first word may carry «و» or «ف»).</summary>
    private static bool OpeningAt(IReadOnlyList<Token> tokens, int at, bool atEnd)
    {
        if (!tokens[at].IsWord) return false;
        foreach (var opening in s_openings.Value.Where(o => o.AtEnd == atEnd))
        {
            var first = tokens[at].Key;
            if (first != opening.Keys[0] && CliticSegmenter.WithoutConjunction(first, opening.Keys[0].Length - 1) != opening.Keys[0]) continue;
            var k = at + 1;
            var w = 1;
            for (; w < opening.Keys.Count && k < tokens.Count && tokens[k].IsWord && tokens[k].Key == opening.Keys[w]; w++, k++) { }
            if (w == opening.Keys.Count) return true;
        }
        return false;
    }
}
