using System.Collections.Concurrent;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>
/// One segment's filter sets (<see cref="FilterBits"/>), at most <see cref="Capacity"/>, the least recently used
/// dropped when full. Dates differ from search to search, so a long-lived server fills the sets with date ranges; the
/// sets every search reuses (an outlet, a frequent word's set for <see cref="FrequentConjunction"/>) are used again
/// and again and stay, where clearing everything when full rebuilt them from their postings on the next search.
/// </summary>
internal sealed class SegmentFilterSets(int capacity)
{
    private readonly ConcurrentDictionary<Query, Entry> _sets = new();
    private readonly Lock _evicting = new();
    private long _clock;
    private long _reused;
    private long _built;

    /// <summary>How many sets the segment keeps.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>How many sets it holds now.</summary>
    public int Count => _sets.Count;

    /// <summary>Requests answered with a set held.</summary>
    public long Reused => Interlocked.Read(ref _reused);

    /// <summary>Sets built (a filter not held: new, or dropped when full).</summary>
    public long Built => Interlocked.Read(ref _built);

    /// <summary>The filter's set, built by <paramref name="build"/> when not held (and kept, the least recently used
    /// quarter dropped first when full).</summary>
    public FixedBitSet Get(Query filter, Func<Query, FixedBitSet> build)
    {
        var now = Interlocked.Increment(ref _clock);
        if (_sets.TryGetValue(filter, out var held))
        {
            Volatile.Write(ref held.Used, now);
            Interlocked.Increment(ref _reused);
            return held.Bits;
        }
        var bits = build(filter);
        Interlocked.Increment(ref _built);
        if (_sets.Count >= Capacity) Evict();
        _sets[filter] = new Entry(bits, now);
        return bits;
    }

    /// <summary>Drops the least recently used sets down to three quarters of the capacity (a sort of a few hundred
    /// entries once every quarter-capacity new filters).</summary>
    private void Evict()
    {
        lock (_evicting)
        {
            var over = _sets.Count - Capacity * 3 / 4;
            if (over <= 0) return;
            foreach (var old in _sets.OrderBy(s => Volatile.Read(ref s.Value.Used)).Take(over).ToList())
                _sets.TryRemove(old);
        }
    }

    private sealed class Entry(FixedBitSet bits, long used)
    {
        public readonly FixedBitSet Bits = bits;
        public long Used = used;
    }
}
