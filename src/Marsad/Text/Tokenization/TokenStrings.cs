using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Shares the normalized form and matching key of tokens seen before on this thread: news repeats its words, so
/// most tokens cost a table lookup instead of allocating their normalized form and key.
/// Direct-mapped and small on purpose: it stays in the CPU cache, and what it forgets dies young, which the
/// garbage collector handles far more cheaply than a large table of long-lived strings.
/// </summary>
internal static class TokenStrings
{
    private const int LongestPooled = 40;
    private const int Size = 2048; // smaller tables measured faster: what they forget dies young

    [ThreadStatic] private static Entry[]? t_entries;

    public static (string Normalized, string Key) Get(string text, int start, int length)
    {
        if (length > LongestPooled) return Make(text.Substring(start, length));
        var span = text.AsSpan(start, length);
        var hash = WordHash.Of(span);
        var entries = t_entries ??= new Entry[Size];
        ref var entry = ref entries[hash & (Size - 1)];
        if (entry.Hash == hash && entry.Normalized is { } known && span.SequenceEqual(known)) return (known, entry.Key!);
        var made = Make(span.ToString());
        entry.Hash = hash;
        entry.Normalized = made.Normalized;
        entry.Key = made.Key;
        return made;
    }

    private static (string Normalized, string Key) Make(string normalized)
    {
        var key = MatchingKey.FromNormalized(normalized);
        return (normalized, key == normalized ? normalized : key);
    }

    private struct Entry
    {
        public int Hash;
        public string? Normalized;
        public string? Key;
    }
}
