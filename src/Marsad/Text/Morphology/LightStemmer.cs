namespace Marsad.Text.Morphology;

/// <summary>
/// Light stem of a clitic-free base in matching-key form: Lucene's Arabic suffix stripping
/// (ها ان ات ون ين يه ية ه ة ي), kept only when three letters remain, so ايرانيون, ايرانيه and ايراني share ايران.
/// Only Lucene's suffix half is used: prefixes are <see cref="CliticSegmenter"/>'s job, which sees the hamza
/// that the key has folded away (ألبانيا must not lose an "ال" that is not an article).
/// </summary>
public static class LightStemmer
{
    // Lucene's stemmer keeps no state between calls, so one instance serves every thread.
    private static readonly Lucene.Net.Analysis.Ar.ArabicStemmer s_lucene = new();

    [ThreadStatic] private static char[]? t_buffer;

    public static string Stem(string baseKey)
    {
        ArgumentNullException.ThrowIfNull(baseKey);
        var stem = StemOf(baseKey);
        return stem.Length == baseKey.Length ? baseKey : stem.ToString();
    }

    /// <summary>The stem as a span over a per-thread buffer, valid until the next call on this thread.</summary>
    internal static ReadOnlySpan<char> StemOf(ReadOnlySpan<char> baseKey)
    {
        if (baseKey.Length < 3 || !IsArabic(baseKey[0])) return baseKey;
        var buffer = t_buffer is { } b && b.Length >= baseKey.Length ? b : t_buffer = new char[Math.Max(64, baseKey.Length)];
        baseKey.CopyTo(buffer);
        var length = s_lucene.StemSuffix(buffer, baseKey.Length);
        // Lucene stops at two letters; that turns بيان into بي, so a stem keeps three.
        return length == baseKey.Length || length < 3 ? baseKey : buffer.AsSpan(0, length);
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';
}
