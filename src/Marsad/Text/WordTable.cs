namespace Marsad.Text;

/// <summary>
/// A bounded per-thread memo from a word (looked up by span, without allocating) to what was computed for it.
/// Open addressing over one array of entries: a lookup costs a hash over a few letters and, mostly, one cache line,
/// several times cheaper than Dictionary's alternate lookup, which matters at one lookup per token.
/// Two generations bound it: when the young table is three quarters full it becomes the old one, and words found
/// in the old one are copied back, so frequent words survive and the long tail fades.
/// Not thread-safe: keep one per thread.
/// </summary>
internal sealed class WordTable<TValue> where TValue : class
{
    private Entry[] _young;
    private Entry[] _old;
    private readonly int _mask;
    private readonly int _limit;
    private int _count;

    public WordTable(int capacityPowerOfTwo = 1 << 16)
    {
        if (capacityPowerOfTwo <= 0 || (capacityPowerOfTwo & (capacityPowerOfTwo - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(capacityPowerOfTwo), "Capacity must be a power of two.");
        _young = new Entry[capacityPowerOfTwo];
        _old = new Entry[capacityPowerOfTwo];
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
        var slot = Find(_young, word, hash);
        if (slot >= 0)
        {
            storedWord = _young[slot].Word;
            value = _young[slot].Value;
            return true;
        }
        slot = Find(_old, word, hash);
        if (slot >= 0)
        {
            storedWord = _old[slot].Word;
            value = _old[slot].Value;
            Add(storedWord, hash, value);
            return true;
        }
        storedWord = null!;
        value = null!;
        return false;
    }

    /// <summary>Like the span lookup, but a word that is the very instance stored (pooled token strings usually
    /// are) matches without reading its letters.</summary>
    public bool TryGet(string word, int hash, out TValue value)
    {
        var entries = _young;
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            ref var entry = ref entries[slot];
            if (entry.Word is null) break;
            if (ReferenceEquals(entry.Word, word))
            {
                value = entry.Value;
                return true;
            }
        }
        return TryGet(word.AsSpan(), hash, out _, out value);
    }

    public void Add(string word, int hash, TValue value)
    {
        if (_count >= _limit)
        {
            (_young, _old) = (_old, _young);
            Array.Clear(_young);
            _count = 0;
        }
        var slot = hash & _mask;
        while (_young[slot].Word is not null) slot = (slot + 1) & _mask;
        _young[slot] = new Entry(hash, word, value);
        _count++;
    }

    private int Find(Entry[] entries, ReadOnlySpan<char> word, int hash)
    {
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            ref var entry = ref entries[slot];
            if (entry.Word is null) return -1;
            if (entry.Hash == hash && word.SequenceEqual(entry.Word)) return slot;
        }
    }

    private readonly record struct Entry(int Hash, string Word, TValue Value);
}
