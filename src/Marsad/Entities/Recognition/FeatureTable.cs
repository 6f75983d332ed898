using System.Numerics;

namespace Marsad.Entities.Recognition;

/// <summary>
/// The model's weight row of each feature hash: an open-addressing table probed linearly. A token of news looks up
/// about ten hashes per pass that join it to its neighbours, most of which the model never saw, so a lookup is one
/// cache line and a miss usually ends at the first empty slot. Keys are already hashes (<see cref="FeatureHash"/>),
/// scrambled once more by a Fibonacci multiply so the slot uses all their bits. Immutable once built.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Entry[] _entries;
    private readonly int _shift;

    private struct Entry
    {
        public ulong Key;
        public int Row; // -1: empty
    }

    public FeatureTable(IReadOnlyDictionary<ulong, int> rows)
    {
        // At most three quarters full: a miss then probes about 2.5 slots on average.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, rows.Count * 4 / 3 + 1));
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _entries = new Entry[capacity];
        Array.Fill(_entries, new Entry { Row = -1 });
        foreach (var (key, row) in rows)
        {
            var slot = Slot(key);
            while (_entries[slot].Row >= 0) slot = (slot + 1) & (capacity - 1);
            _entries[slot] = new Entry { Key = key, Row = row };
        }
        Count = rows.Count;
    }

    public int Count { get; }

    /// <summary>Every key with its row, in no particular order.</summary>
    public IEnumerable<(ulong Key, int Row)> Rows => _entries.Where(e => e.Row >= 0).Select(e => (e.Key, e.Row));

    public bool TryGetValue(ulong key, out int row)
    {
        var mask = _entries.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Row < 0) break;
            if (entry.Key == key)
            {
                row = entry.Row;
                return true;
            }
        }
        row = -1;
        return false;
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
