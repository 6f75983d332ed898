namespace Marsad.Text;

/// <summary>
/// A fast hash of a short word for the per-thread memo tables of the text stage (token strings, word analyses):
/// FNV-1a over the letters, then murmur3's finalizer, because the tables index by the low bits and FNV's low bits
/// depend only on the low bits of the letters.
/// </summary>
internal static class WordHash
{
    public static int Of(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ c) * 16777619u;
        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return (int)hash;
    }
}
