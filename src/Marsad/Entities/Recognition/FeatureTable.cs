using System.Numerics;

namespace Marsad.Entities.Recognition;

/// <summary>
/// What a model keeps for each feature hash (its weight row, or the rows of both passes: <see cref="PassRows"/>): an
/// open-addressing table probed linearly. A token of news looks up about ten hashes per pass that join it to its
/// neighbours, most of which the model never saw, so each slot has a one-byte fingerprint beside it: a probe reads the
/// fingerprints (a megabyte or two, which stays in cache) and reads a full key only when the fingerprint matches, so a
/// miss rarely touches the keys. A key and its value lie side by side, so a hit reads one more cache line, not two.
/// Keys are already hashes (<see cref="FeatureHash"/>), scrambled once more by a Fibonacci multiply so the slot uses
/// all their bits; the fingerprint is taken from bits the slot does not use. Immutable once built.
/// </summary>
internal sealed class FeatureTable<TValue> where TValue : struct
{
    private readonly byte[] _fingerprints; // 0: empty
    private readonly Entry[] _entries;
    private readonly int _shift;

    public FeatureTable(IReadOnlyDictionary<ulong, TValue> values)
    {
        // At most three quarters full: a miss then probes about 2.5 slots on average.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, values.Count * 4 / 3 + 1));
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _fingerprints = new byte[capacity];
        _entries = new Entry[capacity];
        foreach (var (key, value) in values)
        {
            var (slot, fingerprint) = Place(key);
            while (_fingerprints[slot] != 0) slot = (slot + 1) & (capacity - 1);
            _fingerprints[slot] = fingerprint;
            _entries[slot] = new Entry(key, value);
        }
        Count = values.Count;
    }

    public int Count { get; }

    /// <summary>Every key with its value, in no particular order.</summary>
    public IEnumerable<(ulong Key, TValue Value)> Entries =>
        Enumerable.Range(0, _entries.Length).Where(slot => _fingerprints[slot] != 0).Select(slot => (_entries[slot].Key, _entries[slot].Value));

    public bool TryGetValue(ulong key, out TValue value)
    {
        var mask = _fingerprints.Length - 1;
        var (slot, fingerprint) = Place(key);
        for (; ; slot = (slot + 1) & mask)
        {
            var found = _fingerprints[slot];
            if (found == 0) break;
            if (found == fingerprint && _entries[slot].Key == key)
            {
                value = _entries[slot].Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    private (int Slot, byte Fingerprint) Place(ulong key)
    {
        var mixed = key * 0x9E3779B97F4A7C15UL;
        // The slot is the top bits; the fingerprint the next byte below them, never 0.
        return ((int)(mixed >> _shift), (byte)(1 + (uint)((mixed >> (_shift - 8)) & 0xFF) % 255));
    }

    private readonly record struct Entry(ulong Key, TValue Value);
}
