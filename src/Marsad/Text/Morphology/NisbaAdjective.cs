using Marsad.Text.Tokenization;

namespace Marsad.Text.Morphology;

/// <summary>
/// Whether a word is a nisba (relative) adjective — إيراني، الإيرانية، السعوديون، الإيرانيين، الألمانيات — read from its
/// ending alone, in matching-key form (ة is folded to ه, so يه stands for ية as well; ى to ي). Without a lexicon the
/// ending also admits words that merely end so (كرسي، الذي); each entry point bounds the length for its own use.
/// Two readings, because the two users ask different questions:
/// <list type="bullet">
/// <item><see cref="IsAnyNumber"/> — the events step attaches adjectives to a head noun of any number («قوات إيرانية»,
/// «المسؤولون الإيرانيون», «للسلطات المحلية»): every number and gender counts, proclitics are part of the word, and
/// the caller checks that the adjective agrees with its noun in definiteness.</item>
/// <item><see cref="IsDefiniteSingular"/> — the name passes skip a word between an office and a name, or at the head of
/// a name the tagger read («الرئيس الأمريكي جو بايدن», «الباهامي كينوليس»): a name is one person, so only the
/// definite singular is such a word; a plural nisba (الإيرانيون) there starts a group, not a person, and an
/// indefinite word (ألماني, whose hamza the key would fold into a false article) may be part of the name.</item>
/// </list>
/// The two readings are kept as they were when each lived with its user: both measured outputs (eval-ner,
/// eval-events) depend on them exactly.
/// </summary>
public static class NisbaAdjective
{
    /// <summary>The singular endings, masculine ي and feminine ية (key يه).</summary>
    public static bool HasSingularEnding(ReadOnlySpan<char> key) =>
        HasMasculineSingularEnding(key) || key.EndsWith("يه", StringComparison.Ordinal);

    /// <summary>
    /// The masculine singular ending ي alone (الإسباني, not الإسبانية, key الاسبانيه): the form that agrees with a
    /// masculine singular noun, which the name passes use to tell what an adjective after a name describes.
    /// </summary>
    public static bool HasMasculineSingularEnding(ReadOnlySpan<char> key) => key.EndsWith("ي", StringComparison.Ordinal);

    /// <summary>The singular endings and the sound plurals: يون (nominative), يين (oblique), يات (feminine).</summary>
    public static bool HasEnding(ReadOnlySpan<char> key) =>
        HasSingularEnding(key) || key.EndsWith("يون", StringComparison.Ordinal) || key.EndsWith("يين", StringComparison.Ordinal)
        || key.EndsWith("يات", StringComparison.Ordinal);

    /// <summary>
    /// The masculine singular of a word in a nisba's sound masculine plural (يون, يين: دبلوماسيون → دبلوماسي), or an empty
    /// span for any other word.
    /// </summary>
    public static ReadOnlySpan<char> MasculinePluralSingular(ReadOnlySpan<char> key) =>
        key.EndsWith("يون", StringComparison.Ordinal) || key.EndsWith("يين", StringComparison.Ordinal) ? key[..^2] : [];

    /// <summary>
    /// An Arabic word of four letters or more, proclitics included, with a nisba ending of any number or gender
    /// (إيرانية، الإيرانيين، السعوديون، والألمانية). Four letters keep out في and the short stop words.
    /// </summary>
    public static bool IsAnyNumber(Token token) =>
        token.Kind == TokenKind.ArabicWord && token.Key.Length >= 4 && HasEnding(token.Key);

    /// <summary>
    /// An Arabic word that, after its first <paramref name="stripped"/> letters (proclitics the caller has taken off),
    /// begins with the article as written (ال, not the أل of ألماني), is longer than four letters and ends in the
    /// singular ي or ية: الإيرانية، الأمريكي. Longer than four keeps out الذي and التي.
    /// </summary>
    public static bool IsDefiniteSingular(Token token, int stripped = 0)
    {
        if (token.Kind != TokenKind.ArabicWord) return false;
        var normalized = token.Normalized.AsSpan(stripped);
        return CliticSegmenter.OpensWithArticle(normalized) && normalized.Length > 4 && HasSingularEnding(token.Key.AsSpan(stripped));
    }
}
