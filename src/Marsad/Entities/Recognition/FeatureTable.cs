using System.Numerics;

namespace Marsad.Entities.Recognition;

/// <summary>
/// The model's weight row of each feature hash: an open-addressing table probed linearly. A token of news looks up
/// about ten hashes per pass that join it to its neighbours, most of which the model never saw, so each slot has a
/// one-byte fingerprint beside it: a probe reads the fingerprints (a megabyte or two, which stays in cache) and reads
/// a full key only when the fingerprint matches, so a miss rarely touches the keys. Keys are already hashes
/// (<see cref="FeatureHash"/>), scrambled once more by a Fibonacci multiply so the slot uses all their bits; the
/// fingerprint is taken from bits the slot does not use. Immutable once built.
/// </summary>
internal sealed class FeatureTable
{
    private readonly byte[] _fingerprints; // 0: empty
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _shift;

    public FeatureTable(IReadOnlyDictionary<ulong, int> rows)
    {
        // At most three quarters full: a miss then probes about 2.5 slots on average.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, rows.Count * 4 / 3 + 1));
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _fingerprints = new byte[capacity];
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        foreach (var (key, row) in rows)
        {
            var (slot, fingerprint) = Place(key);
            while (_fingerprints[slot] != 0) slot = (slot + 1) & (capacity - 1);
            _fingerprints[slot] = fingerprint;
            _keys[slot] = key;
            _rows[slot] = row;
        }
        Count = rows.Count;
    }

    public int Count { get; }

    /// <summary>Every key with its row, in no particular order.</summary>
    public IEnumerable<(ulong Key, int Row)> Rows =>
        Enumerable.Range(0, _keys.Length).Where(slot => _fingerprints[slot] != 0).Select(slot => (_keys[slot], _rows[slot]));

    public bool TryGetValue(ulong key, out int row)
    {
        var mask = _fingerprints.Length - 1;
        var (slot, fingerprint) = Place(key);
        for (; ; slot = (slot + 1) & mask)
        {
            var found = _fingerprints[slot];
            if (found == 0) break;
            if (found == fingerprint && _keys[slot] == key)
            {
                row = _rows[slot];
                return true;
            }
        }
        row = -1;
        return false;
    }

    private (int Slot, byte Fingerprint) Place(ulong key)
    {
        var mixed = key * 0x9E3779B97F4A7C15UL;
        // The slot is the top bits; the fingerprint the next byte below them, never 0.
        return ((int)(mixed >> _shift), (byte)(1 + (uint)((mixed >> (_shift - 8)) & 0xFF) % 255));
    }
}
