using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Shares the normalized form and matching key of tokens seen before on this thread: news repeats its words, so
/// most tokens cost a table lookup instead of allocating their normalized form and key.
/// </summary>
internal static class TokenStrings
{
    private const int LongestPooled = 40;

    // Small enough to stay in the CPU cache: the few thousand most frequent forms make most of a text, and a
    // table much larger than the cache costs more in misses than it saves in allocations.
    private const int Capacity = 1 << 13;

    [ThreadStatic] private static WordTable<string>? t_keys;

    public static (string Normalized, string Key) Get(string text, int start, int length)
    {
        if (length > LongestPooled) return Make(text.Substring(start, length));
        var span = text.AsSpan(start, length);
        var table = t_keys ??= new WordTable<string>(Capacity);
        var hash = WordTable<string>.Hash(span);
        if (table.TryGet(span, hash, out var normalized, out var key)) return (normalized, key);
        var made = Make(span.ToString());
        table.Add(made.Normalized, hash, made.Key);
        return made;
    }

    private static (string Normalized, string Key) Make(string normalized)
    {
        var key = MatchingKey.FromNormalized(normalized);
        return (normalized, key == normalized ? normalized : key);
    }
}
