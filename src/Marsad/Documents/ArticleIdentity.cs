using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Marsad.Text.Normalization;

namespace Marsad.Documents;

/// <summary>
/// The stable id of an article, derived from its text alone so the same article gets the same id
/// wherever it is read from. Rule, in order:
/// <list type="number">
/// <item>Unicode NFC (a precomposed é and e + U+0301 are one letter).</item>
/// <item><see cref="MatchingKey.Of"/>: display normalization (diacritics, tatweel, bidi and zero-width marks,
/// presentation forms, Arabic-Indic digits) then letter folding (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Latin lower case).</item>
/// <item>Every run of white space (spaces, tabs, line breaks) becomes one space; leading and trailing space is dropped.</item>
/// <item>SHA-256 over the UTF-8 bytes of that key; the id is the first 8 bytes as 16 lower-case hex digits.</item>
/// </list>
/// So a text re-saved in another encoding, re-wrapped, re-spaced, or with its vowel marks added or removed
/// keeps its id; any change of a letter, digit or punctuation mark gives a new one. Title and metadata are
/// deliberately left out: an outlet reposting wire copy under its own headline is the same text.
/// 64 bits make an accidental collision among millions of articles negligible (~1 in 10^7 at 10^6 articles).
/// </summary>
public static class ArticleIdentity
{
    public const int Length = 16;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);
        var key = MatchingKey.Of(text);

        var chars = ArrayPool<char>.Shared.Rent(key.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(key.Length));
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var c in key)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    chars[length++] = ' ';
                    pendingSpace = false;
                }
                chars[length++] = c;
            }
            var byteCount = Encoding.UTF8.GetBytes(chars, 0, length, bytes, 0);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, byteCount), hash);
            return Convert.ToHexStringLower(hash[..(Length / 2)]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(char.IsAsciiHexDigitLower);
}
