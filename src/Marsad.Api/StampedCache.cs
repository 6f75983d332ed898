using Marsad.Search;
using Marsad.Storage;

namespace Marsad.Api;

/// <summary>
/// The last <c>capacity</c> values read from the store under a key, each kept with the store's <see cref="IndexStamp"/>
/// (articles, analyses, events, story assignments) at the time: any ingest, analysis or re-placement makes every entry
/// miss, so a cached value is never older than the store. The stamp comes from the store's <see cref="IndexStampWatch"/>,
/// which reads it again only after a commit. Least recently used entries leave first.
/// </summary>
public sealed class StampedCache<TValue>(int capacity, IndexStampWatch stamps)
{
    private readonly Lock _lock = new();
    private readonly LinkedList<(string Key, TValue Value)> _recent = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Value)>> _byKey = new(StringComparer.Ordinal);

    public int Capacity { get; } = capacity;

    /// <summary>The value for <paramref name="key"/> at the store's current stamp, reading it with <paramref name="read"/> on a miss.</summary>
    public TValue Get(MarsadStore store, string key, Func<TValue> read)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stamped = key + "\n" + stamps.Current(store).Serialize();
        lock (_lock)
            if (_byKey.TryGetValue(stamped, out var hit))
            {
                _recent.Remove(hit);
                _recent.AddFirst(hit);
                return hit.Value.Value;
            }
        var value = read();
        lock (_lock)
        {
            if (_byKey.ContainsKey(stamped)) return value;
            _byKey[stamped] = _recent.AddFirst((stamped, value));
            while (_recent.Count > Capacity)
            {
                _byKey.Remove(_recent.Last!.Value.Key);
                _recent.RemoveLast();
            }
        }
        return value;
    }
}
