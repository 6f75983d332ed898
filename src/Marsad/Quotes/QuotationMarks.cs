using Marsad.Documents;
using Marsad.Text.Tokenization;

namespace Marsad.Quotes;

/// <summary>
/// Pairs quotation marks into <see cref="QuotedSegment"/>s, paragraph by paragraph, the way a reader does with the marks
/// news actually prints:
/// <list type="bullet">
/// <item>« “ „ open and » ” close; nested pairs («…«انقلاباً»…») stay inside the outer quote.</item>
/// <item>A closing mark with nothing open that reads as an opening one (after a colon, or glued to the next word:
/// «قال:» إن…», «و»الإجراءات») opens a quote: a common typing slip.</item>
/// <item>The straight mark " opens or closes by the spaces around it; inside an open " quote a mark glued to the next
/// word opens a nested one ("… أن "عاصفة الحزم" -يا…").</item>
/// <item>A mark that finds no partner in its paragraph is ignored, so one stray mark never swallows the text after it.</item>
/// </list>
/// Single quotes are not quotation marks here: Arabic news uses them as apostrophes in transliterated names.
/// </summary>
public static class QuotationMarks
{
    /// <summary>Whether a quotation-mark token closes a quote by its shape alone (» ”); the straight " may do either.</summary>
    public static bool IsClosing(string mark) => mark is "»" or "”";

    public static IReadOnlyList<QuotedSegment> Find(string text, IReadOnlyList<Token> tokens)
    {
        var segments = new List<QuotedSegment>();
        var paragraphStart = 0;
        for (var k = 1; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && !LineBreakBetween(text, tokens[k - 1], tokens[k])) continue;
            Pair(text, tokens, paragraphStart, k, segments);
            paragraphStart = k;
        }
        return segments;
    }

    // Tokens can share original characters: a presentation form such as ﷺ normalizes to several words, all mapped back
    // to that one character, so the next token may start before the previous one ends.
    private static bool LineBreakBetween(string text, Token before, Token after)
    {
        var start = before.Span.End;
        return after.Span.Start > start && text.AsSpan(start, after.Span.Start - start).Contains('\n');
    }

    private static void Pair(string text, IReadOnlyList<Token> tokens, int from, int to, List<QuotedSegment> segments)
    {
        var open = new List<(int Token, char Mark)>();
        var closed = new List<(int Open, int Close)>();
        for (var k = from; k < to; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Quote) continue;
            var mark = text[token.Span.Start];
            var before = token.Span.Start > 0 ? text[token.Span.Start - 1] : ' ';
            var after = token.Span.End < text.Length ? text[token.Span.End] : ' ';
            var opensWord = IsWordChar(after);
            var closesWord = IsWordChar(before) || char.IsPunctuation(before) && before is not (':' or '(' or '،' or ',');
            switch (mark)
            {
                case '«' or '“' or '„':
                    open.Add((k, mark));
                    break;
                case '»' or '”':
                    var partner = open.FindLastIndex(o => mark == '»' ? o.Mark is '«' or '»' : o.Mark is '“' or '„' or '”');
                    if (partner < 0) partner = open.Count - 1;
                    if (open.Count > 0 && !(opensWord && !closesWord)) Close(open, closed, k, partner);
                    else if (open.Count == 0 && (opensWord || PrecededByColon(text, token.Span.Start))) open.Add((k, mark));
                    else if (open.Count > 0) open.Add((k, mark));
                    break;
                case '"':
                    var straightOpen = open.FindLastIndex(o => o.Mark == '"');
                    if (straightOpen >= 0 && !(opensWord && !closesWord)) Close(open, closed, k, straightOpen);
                    else if (opensWord || PrecededByColon(text, token.Span.Start) || !closesWord) open.Add((k, mark));
                    break;
            }
        }
        closed.Sort((a, b) => a.Open.CompareTo(b.Open));
        foreach (var (o, c) in closed)
        {
            // Outermost pairs only: a pair inside another closed pair is part of its words.
            if (closed.Any(p => p.Open < o && p.Close > c)) continue;
            if (c - o < 2) continue;
            var content = new TextSpan(tokens[o + 1].Span.Start, tokens[c - 1].Span.End);
            var words = 0;
            for (var t = o + 1; t < c; t++) if (tokens[t].IsWord || tokens[t].Kind == TokenKind.Number) words++;
            if (words == 0) continue;
            segments.Add(new QuotedSegment(o, c, content) { WordCount = words });
        }
    }

    private static void Close(List<(int Token, char Mark)> open, List<(int Open, int Close)> closed, int k, int index = -1)
    {
        if (index < 0) index = open.Count - 1;
        closed.Add((open[index].Token, k));
        // Marks opened after the one closed here never found their partner.
        open.RemoveRange(index, open.Count - index);
    }

    private static bool PrecededByColon(string text, int at)
    {
        for (var i = at - 1; i >= 0 && at - i <= 3; i--)
        {
            if (text[i] == ':') return true;
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
