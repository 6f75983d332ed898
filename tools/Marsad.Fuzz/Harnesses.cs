using System.Text;
using Marsad.Ingest;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;
using Marsad.Time;

namespace Marsad.Fuzz;

/// <summary>
/// One entry point per reader or text stage, taking raw bytes. Each runs the code exactly as ingest and analysis do
/// (without the safety net that turns an unexpected exception into a problem, so a bug surfaces as a crash) and checks
/// the invariants every caller relies on; a broken invariant throws <see cref="InvariantException"/>.
/// </summary>
internal static class Harnesses
{
    private static readonly Encoding s_lenientUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: false);
    private static readonly IngestOptions s_options = new() { Parallelism = 1, MaxJsonLineChars = 1 << 20 };

    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>
    {
        ["decoder"] = Decoder,
        ["jsonl"] = bytes => JsonLines(bytes, SourceKind.JsonLines),
        ["gzip"] = bytes => JsonLines(bytes, SourceKind.GzipJsonLines),
        ["html"] = Html,
        ["normalizer"] = bytes => Normalize(Text(bytes)),
        ["text"] = TokensAndSentences,
        ["time"] = Time,
    };

    private static string Text(byte[] bytes) => s_lenientUtf8.GetString(bytes);

    private static void Decoder(byte[] bytes)
    {
        var decoded = SourceTextDecoder.Decode(bytes);
        Check(decoded.Succeeded == (decoded.ProblemCode is null), "a decode either succeeds or names its problem");
        foreach (var issue in decoded.IssuesOrEmpty)
            Check(issue.Line >= 1 && issue.ByteOffset >= 0 && issue.ByteOffset < bytes.Length, $"issue {issue} points inside the input");
    }

    private static void JsonLines(byte[] bytes, SourceKind kind)
    {
        var file = new SourceFile(kind == SourceKind.GzipJsonLines ? "fuzz.jsonl.gz" : "fuzz.jsonl", kind, bytes.Length);
        foreach (var pending in JsonLinesReader.Read(file, new MemoryStream(bytes, writable: false), s_options, new ReadCounters()))
            foreach (var item in pending.Complete())
                CheckItem(item);
    }

    private static void Html(byte[] bytes)
    {
        var file = new SourceFile("fuzz.html", SourceKind.Html, bytes.Length);
        foreach (var item in HtmlArticleReader.FromHtml(Text(bytes), file, s_options, []))
            CheckItem(item);
    }

    private static void CheckItem(IngestItem item)
    {
        Check(item.IsArticle != (item.Problem is not null), "an item is an article or a problem");
        if (item.Article is { } article)
            Check(!string.IsNullOrWhiteSpace(article.Text) && article.Id.Length == 16, "an article has text and an id");
    }

    private static NormalizedText Normalize(string original)
    {
        var normalized = ArabicNormalizer.Normalize(original);
        var previous = 0;
        for (var i = 0; i < normalized.Text.Length; i++)
        {
            var span = normalized.ToOriginal(i, i + 1);
            Check(span.Start >= previous && span.End > span.Start && span.End <= original.Length,
                $"character {i} maps to {span}, inside the original and in order");
            previous = span.Start;
        }
        return normalized;
    }

    private static void TokensAndSentences(byte[] bytes)
    {
        var original = Text(bytes);
        var normalized = Normalize(original);
        var tokens = Tokenizer.Tokenize(normalized);
        var start = 0;
        foreach (var token in tokens)
        {
            // In order, not disjoint: a ligature the normalizer expands into words (ﷻ) gives them one original span.
            Check(token.Span.Start >= start && token.Span.End > token.Span.Start && token.Span.End <= original.Length, $"token {token.Span} in order inside the text");
            start = token.Span.Start;
        }
        var sentences = SentenceSplitter.Split(normalized, tokens);
        var next = 0;
        foreach (var sentence in sentences)
        {
            Check(sentence.FirstToken == next && sentence.EndToken > sentence.FirstToken, "sentences cover the tokens in order");
            Check(sentence.TokenCount <= SentenceSplitter.MaxTokens, "no sentence is longer than the bound");
            next = sentence.EndToken;
        }
        Check(next == tokens.Count, "every token is in a sentence");
    }

    private static void Time(byte[] bytes)
    {
        var original = Text(bytes);
        foreach (var expression in TimeRecognizer.Default.Recognize(original, new DateOnly(2024, 3, 4)))
            Check(expression.Span.Start >= 0 && expression.Span.End <= original.Length && expression.Span.End > expression.Span.Start,
                $"time {expression.Span} inside the text");
    }

    private static void Check(bool condition, string invariant)
    {
        if (!condition) throw new InvariantException(invariant);
    }
}

internal sealed class InvariantException(string invariant) : Exception($"invariant broken: {invariant}");
