namespace Marsad.Stories.Duplicates;

/// <summary>
/// 64-bit FNV-1a over characters, then a SplitMix64 finalizer: shingle and band hashes must be stable across runs and
/// machines (they are stored), which <see cref="string.GetHashCode()"/> is not, and well mixed in every bit because
/// MinHash permutes them and LSH buckets by them.
/// </summary>
internal static class Fnv
{
    public const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Add(ulong hash, string text)
    {
        foreach (var c in text) hash = (hash ^ c) * Prime;
        return hash;
    }

    public static ulong Add(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++, value >>= 8) hash = (hash ^ (value & 0xFF)) * Prime;
        return hash;
    }

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
