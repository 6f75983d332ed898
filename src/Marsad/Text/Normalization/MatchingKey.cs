namespace Marsad.Text.Normalization;

/// <summary>
/// The form two spellings of one word share, used for lookups and comparison, never for display.
/// On top of <see cref="ArabicNormalizer"/>: the letter folds of Lucene's <c>ArabicNormalizer</c> (أ إ آ → ا,
/// ى → ي, ة → ه); we also fold ٱ → ا, ؤ → و, ئ → ي (news writes مسؤول and مسئول, شؤون and شئون for one word),
/// Persian ک → ك and ی → ي, and lower-case Latin. Every rule maps one character to one,
/// so a key has the same offsets as the normalized text it was made from.
/// The folds run from a table rather than through Lucene's normalizer: the key is made for every token, and a
/// test checks the table against Lucene letter by letter.
/// </summary>
public static class MatchingKey
{
    private const int TableSize = 0x0700;
    private static readonly char[] s_fold = BuildTable();

    /// <summary>The key of text that is already display-normalized (no diacritics or tatweel left).</summary>
    public static string FromNormalized(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var first = FirstToFold(normalized);
        if (first < 0) return normalized;
        return string.Create(normalized.Length, (normalized, first), static (key, state) =>
        {
            state.normalized.AsSpan().CopyTo(key);
            FoldInPlace(key[state.first..]);
        });
    }

    /// <summary>The key of any text, raw or normalized.</summary>
    public static string Of(string text) => FromNormalized(ArabicNormalizer.Normalize(text).Text);

    public static void FoldInPlace(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++) text[i] = Fold(text[i]);
    }


    public static char Fold(char c) => c < TableSize ? s_fold[c] : c;

    private static int FirstToFold(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < TableSize && s_fold[c] != c) return i;
        }
        return -1;
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++) table[c] = (char)c;
        for (var c = 'A'; c <= 'Z'; c++) table[c] = (char)(c + 32);
        // Lucene's ArabicNormalizer: alef with madda, hamza above, hamza below → alef; alef maqsura → yeh; teh marbuta → heh.
        table['\u0622'] = table['\u0623'] = table['\u0625'] = '\u0627';
        table['\u0649'] = '\u064A';
        table['\u0629'] = '\u0647';
        // Ours: alef wasla → alef, waw with hamza → waw, yeh with hamza → yeh, Persian kaf and yeh → Arabic.
        table['\u0671'] = '\u0627';
        table['\u0624'] = '\u0648';
        table['\u0626'] = '\u064A';
        table['\u06A9'] = '\u0643';
        table['\u06CC'] = '\u064A';
        return table;
    }
}
