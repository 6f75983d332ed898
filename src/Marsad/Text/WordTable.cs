namespace Marsad.Text;

/// <summary>
/// A bounded per-thread memo from a word (looked up by span, without allocating) to what was computed for it.
/// Open addressing with FNV-1a hashes: a lookup costs a hash over a few letters and one comparison, several times
/// cheaper than Dictionary's alternate lookup, which matters at one lookup per token. When three quarters full
/// it starts afresh; news repeats its frequent words so quickly that they are back within a few articles.
/// Not thread-safe: keep one per thread.
/// </summary>
internal sealed class WordTable<TValue> where TValue : class
{
    // One array of entries, so that a probe reads the hash and both references from one cache line.
    private readonly Entry[] _entries;
    private readonly int _mask;
    private readonly int _limit;
    private int _count;

    public WordTable(int capacityPowerOfTwo = 1 << 17)
    {
        if (capacityPowerOfTwo <= 0 || (capacityPowerOfTwo & (capacityPowerOfTwo - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(capacityPowerOfTwo), "Capacity must be a power of two.");
        _entries = new Entry[capacityPowerOfTwo];
        _mask = capacityPowerOfTwo - 1;
        _limit = capacityPowerOfTwo / 4 * 3;
    }

    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ c) * 16777619u;
        // FNV's low bits depend only on the low bits of the letters; the table indexes by low bits, so mix the
        // high bits down (murmur3's finalizer) or probe chains grow long.
        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return (int)hash;
    }

    public bool TryGet(ReadOnlySpan<char> word, int hash, out string storedWord, out TValue value)
    {
        var entries = _entries;
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            ref var entry = ref entries[slot];
            if (entry.Word is null) break;
            if (entry.Hash == hash && word.SequenceEqual(entry.Word))
            {
                storedWord = entry.Word;
                value = entry.Value;
                return true;
            }
        }
        storedWord = null!;
        value = null!;
        return false;
    }

    /// <summary>Like <see cref="TryGet(ReadOnlySpan{char},int,out string,out TValue)"/>, but a word that is the very
    /// instance stored (pooled token strings usually are) matches without reading its letters.</summary>
    public bool TryGet(string word, int hash, out TValue value)
    {
        var entries = _entries;
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            ref var entry = ref entries[slot];
            if (entry.Word is null) break;
            if (entry.Hash == hash && (ReferenceEquals(entry.Word, word) || word.AsSpan().SequenceEqual(entry.Word)))
            {
                value = entry.Value;
                return true;
            }
        }
        value = null!;
        return false;
    }

    public void Add(string word, int hash, TValue value)
    {
        if (_count >= _limit)
        {
            Array.Clear(_entries);
            _count = 0;
        }
        var slot = hash & _mask;
        while (_entries[slot].Word is not null) slot = (slot + 1) & _mask;
        _entries[slot] = new Entry(hash, word, value);
        _count++;
    }

    private readonly record struct Entry(int Hash, string Word, TValue Value);
}
