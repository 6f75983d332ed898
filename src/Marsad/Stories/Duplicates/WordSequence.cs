using Marsad.Documents;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Stories.Duplicates;

/// <summary>
/// The words of an article as near-duplicate detection compares them: the matching keys of its word and number tokens
/// in text order (punctuation, quotes and spacing dropped, so re-punctuated copies compare equal), each with its span in
/// the original text so shared passages point back into both articles.
/// </summary>
public sealed class WordSequence
{
    private WordSequence(string[] keys, TextSpan[] spans)
    {
        Keys = keys;
        Spans = spans;
    }

    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyList<TextSpan> Spans { get; }

    public int Count => Keys.Count;

    public static WordSequence From(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var keys = new List<string>(tokens.Count);
        var spans = new List<TextSpan>(tokens.Count);
        foreach (var token in tokens)
        {
            if (!token.IsWord && token.Kind != TokenKind.Number) continue;
            keys.Add(token.Key);
            spans.Add(token.Span);
        }
        return new WordSequence([.. keys], [.. spans]);
    }

    /// <summary>The words of a stored text: normalized and tokenized as the analysis does, spans into <paramref name="text"/>.</summary>
    public static WordSequence Of(string text) => From(Tokenizer.Tokenize(ArabicNormalizer.Normalize(text)));

    /// <summary>
    /// A 64-bit hash of the whole word sequence: two articles with the same words in the same order are exact copies
    /// even when their punctuation, spacing or diacritics differ (the article id already folds letters and spacing).
    /// </summary>
    public long ContentHash()
    {
        var hash = Fnv.Offset;
        foreach (var key in Keys)
        {
            hash = Fnv.Add(hash, key);
            hash = Fnv.Add(hash, ' ');
        }
        return (long)Fnv.Mix(hash);
    }
}
