using System.Text;

namespace Marsad.Tests.Support;

/// <summary>
/// Finds UTF-8 Arabic that was read as Windows-1256 («أعلنت» stored as «ط£ط¹ظ„ظ†طھ»): a word of such mojibake turns
/// back into well-formed multi-byte UTF-8 when written in Windows-1256, which real Arabic words never do.
/// </summary>
public static class Mojibake
{
    private static readonly Encoding s_windows1256;
    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static Mojibake()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        s_windows1256 = Encoding.GetEncoding(1256, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }

    /// <summary>The first word of <paramref name="text"/> that is mojibake, or null.</summary>
    public static string? Find(string? text)
    {
        if (text is null) return null;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var bytes = s_windows1256.GetBytes(word);
            if (bytes.Count(b => b >= 0xC2) < 2) continue;
            try
            {
                var asUtf8 = s_strictUtf8.GetString(bytes);
                if (asUtf8.Any(c => c is >= '\u0600' and <= '\u06FF')) return word;
            }
            catch (DecoderFallbackException)
            {
            }
        }
        return null;
    }

    public static void AssertNone(IEnumerable<string?> texts)
    {
        foreach (var text in texts) Assert.Null(Find(text));
    }
}
