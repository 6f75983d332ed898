

namespace Marsad.Text.Normalization;

/// <summary>
/// The form two spellings of one word share, used for lookups and comparison, never for display.
/// On top of <see cref="ArabicNormalizer"/>: Lucene's <c>ArabicNormalizer</c> folds أ إ آ → ا, ى → ي, ة → ه;
/// we also fold ٱ → ا, ؤ → و, ئ → ي (news writes مسؤول and مسئول, شؤون and شئون for one word),
/// Persian ک → ك and ی → ي, and lower-case Latin. Every rule maps one character to one,
/// so a key has the same offsets as the normalized text it was made from.
/// </summary>
public static class MatchingKey
{
    // Lucene's normalizer is stateless apart from its instance; one per thread keeps it lock-free.
    [ThreadStatic] private static Lucene.Net.Analysis.Ar.ArabicNormalizer? t_lucene;

    /// <summary>The key of text that is already display-normalized (no diacritics or tatweel left).</summary>
    public static string FromNormalized(string normalized)
    {
        if (normalized.Length == 0) return normalized;
        var buffer = normalized.ToCharArray();
        FoldInPlace(buffer, 0, buffer.Length);
        return new string(buffer);
    }

    /// <summary>The key of any text, raw or normalized.</summary>
    public static string Of(string text) => FromNormalized(Normalization.ArabicNormalizer.Normalize(text).Text);

    public static void FoldInPlace(char[] buffer, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            buffer[i] = buffer[i] switch
            {
                '\u0671' => '\u0627',
                '\u0624' => '\u0648',
                '\u0626' => '\u064A',
                '\u06A9' => '\u0643',
                '\u06CC' => '\u064A',
                >= 'A' and <= 'Z' => (char)(buffer[i] + 32),
                var c => c,
            };
        }
        var lucene = t_lucene ??= new Lucene.Net.Analysis.Ar.ArabicNormalizer();
        if (start == 0)
        {
            var kept = lucene.Normalize(buffer, length);
            System.Diagnostics.Debug.Assert(kept == length, "input must be display-normalized so folding keeps length");
        }
        else
        {
            var slice = new char[length];
            Array.Copy(buffer, start, slice, 0, length);
            lucene.Normalize(slice, length);
            Array.Copy(slice, 0, buffer, start, length);
        }
    }
}
