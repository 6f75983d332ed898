using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Events.Actors;

/// <summary>
/// Where an actor phrase of tokens [first, end) lies in the original text and how it reads. Every phrase the events step
/// builds from tokens (head nouns, common-noun parties, a quote's speaker after ل) maps its tokens to text here, so the
/// proclitics come off and the article stays the same way everywhere, as entity mentions leave them.
/// </summary>
internal static class PhraseSpan
{
    /// <summary>The span of tokens [first, end) without the proclitics before the first word (the article stays).</summary>
    public static Documents.TextSpan Of(IReadOnlyList<Token> tokens, int first, int end, string prefix, string text)
    {
        var start = tokens[first].Span.Start + ProcliticLength(prefix, text, tokens[first]);
        return new Documents.TextSpan(start, tokens[end - 1].Span.End);
    }

    /// <summary>The phrase's text: the slice of <see cref="Of"/>, with the article's alef back after a fused لل.</summary>
    public static string Text(string text, IReadOnlyList<Token> tokens, int first, int end, string prefix) =>
        FusedArticle.Restore(Of(tokens, first, end, prefix, text).Slice(text), IsFused(prefix));

    /// <summary>A phrase read on to <paramref name="end"/>: its own text (article restored) and the original words after it.</summary>
    public static string ReadOn(ActorPhrase head, int end, string text) => head.Text + text[head.Span.End..end];

    // The segmenter's prefix ends in the preposition ل and the article's ل (لل, ولل): ProcliticLength keeps the second,
    // so the span (the article's ل on) reads «لرئيس» and the text gets the article's alef back (FusedArticle.Restore).
    private static bool IsFused(string prefix) => prefix.EndsWith("لل", StringComparison.Ordinal);

    // The proclitics (not the article) are left out of the phrase, as entity mentions leave them out. After the
    // preposition ل the article is written ل alone (للحكومة = ل + الحكومة): that second ل is the article and stays.
    private static int ProcliticLength(string prefix, string text, Token token)
    {
        var clitics = prefix.EndsWith("ال", StringComparison.Ordinal) ? prefix.Length - 2
            : prefix.EndsWith("لل", StringComparison.Ordinal) ? prefix.Length - 1
            : prefix.Length;
        // Original text may hold diacritics between letters: count letters only.
        var count = 0;
        var i = token.Span.Start;
        while (count < clitics && i < token.Span.End)
        {
            if (char.IsLetter(text[i])) count++;
            i++;
        }
        return i - token.Span.Start;
    }
}
