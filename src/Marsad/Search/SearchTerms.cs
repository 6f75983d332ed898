using Marsad.Documents;
using Marsad.LanguageData;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Search;

/// <summary>One searchable term of a text: what the index holds for a word, and where the word is in the original text.</summary>
public readonly record struct SearchTerm(string Term, TextSpan Span);

/// <summary>
/// What the search index holds for a text, made by Marsad's own text stage so that search agrees with every other
/// step: <see cref="ArabicNormalizer"/> (diacritics, tatweel, bidi marks, Arabic-Indic digits), <see cref="Tokenizer"/>,
/// <see cref="CliticSegmenter"/> (و ف ب ل ك ال and pronouns) and its light stem (<see cref="LightStemmer"/>), a listed
/// plural folded to its singular's stem (<see cref="BrokenPlurals"/>, the table the stories step compares words by), all
/// in matching-key form (<see cref="MatchingKey"/>: أ إ آ → ا, ى → ي, ة → ه). So «بالهجوم», «للهجوم», «الهجمات» and
/// «هجمات» index هجوم, «أدلة» and «دليل» دليل, «إيران» and «ايران» اير, and «٢٠٢٤» indexes 2024.
/// Words and numbers are terms; punctuation, URLs and e-mail addresses are not. Each term keeps its token's span in
/// the original text, which is where highlights point.
/// Indexing and querying both go through here (and only here): the index and the query can never disagree on a word.
/// </summary>
public static class SearchTerms
{
    /// <summary>The language files (area Text) whose rows decide a text's terms.</summary>
    public static IReadOnlyList<string> TermDataFiles { get; } = ["clitic-initial-words.txt", "broken-plurals.tsv"];

    /// <summary>
    /// The version of the terms made for a text; an index made by another version is stale. Its number is bumped by hand
    /// when the code that makes terms changes; the language data the terms are made from (the words the clitic segmenter
    /// never cuts, the broken plurals) is fingerprinted into it, because a list edited for another step once changed the
    /// terms while the version stayed, and a kept index went on answering with the old words.
    /// </summary>
    public static string Version { get; } =
        "terms-3." + LanguageFile.DataSha256("Text", TermDataFiles)[..12];

    public static IReadOnlyList<SearchTerm> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(text));
        var terms = new List<SearchTerm>(tokens.Count);
        foreach (var token in tokens)
            if (Term(token) is { } term) terms.Add(new SearchTerm(term, token.Span));
        return terms;
    }

    /// <summary>The term a token is indexed under, or null for tokens that are not searched (punctuation, URLs).</summary>
    public static string? Term(Token token) => token.Kind switch
    {
        TokenKind.ArabicWord => BrokenPlurals.Stem(CliticSegmenter.Analyze(token)!),
        TokenKind.LatinWord or TokenKind.Number => token.Key,
        _ => null,
    };

    /// <summary>The form a prefix query (هجو*) is matched in: normalized and folded like a term, never stemmed.</summary>
    public static string Prefix(string prefix) => MatchingKey.Of(prefix);
}
