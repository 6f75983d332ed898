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
    private readonly string?[] _words;
    private readonly TValue?[] _values;
    private readonly int[] _hashes;
    private readonly int _mask;
    private readonly int _limit;
    private int _count;

    public WordTable(int capacityPowerOfTwo = 1 << 17)
    {
        if (capacityPowerOfTwo <= 0 || (capacityPowerOfTwo & (capacityPowerOfTwo - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(capacityPowerOfTwo), "Capacity must be a power of two.");
        _words = new string?[capacityPowerOfTwo];
        _values = new TValue?[capacityPowerOfTwo];
        _hashes = new int[capacityPowerOfTwo];
        _mask = capacityPowerOfTwo - 1;
        _limit = capacityPowerOfTwo / 4 * 3;
    }

    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }

    public bool TryGet(ReadOnlySpan<char> word, int hash, out string storedWord, out TValue value)
    {
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var stored = _words[slot];
            if (stored is null) break;
            if (_hashes[slot] == hash && word.SequenceEqual(stored))
            {
                storedWord = stored;
                value = _values[slot]!;
                return true;
            }
        }
        storedWord = null!;
        value = null!;
        return false;
    }

    public void Add(string word, int hash, TValue value)
    {
        if (_count >= _limit)
        {
            Array.Clear(_words);
            Array.Clear(_values);
            _count = 0;
        }
        var slot = hash & _mask;
        while (_words[slot] is not null) slot = (slot + 1) & _mask;
        _words[slot] = word;
        _values[slot] = value;
        _hashes[slot] = hash;
        _count++;
    }
}
