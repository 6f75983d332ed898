using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>
/// The values of one facet field (outlet, day, entity: sorted doc values) numbered across the whole index: each
/// segment's ordinal maps to one global ordinal, so a query counts into one array of <see cref="Count"/> slots and
/// turns only the ordinals it shows back into text. Global ordinals follow the values' byte order (for days:
/// chronological). Made once per index reader (<see cref="For"/>) and shared by every query on it, as Lucene's own
/// sorted-set facets do.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, FacetOrdinals>> s_cache = [];

    private readonly Func<long, BytesRef, BytesRef> _lookup;
    private readonly string?[] _values;

    private FacetOrdinals(int count, int[][] segmentToGlobal, Func<long, BytesRef, BytesRef> lookup)
    {
        Count = count;
        SegmentToGlobal = segmentToGlobal;
        _lookup = lookup;
        _values = new string?[count];
    }

    /// <summary>How many distinct values the field has in the index.</summary>
    public int Count { get; }

    /// <summary>Per segment (by its ordinal in the reader's leaves), the global ordinal of each of its ordinals.</summary>
    public int[][] SegmentToGlobal { get; }

    /// <summary>The value of a global ordinal. Doc values are not safe for concurrent use, and these are shared by every
    /// query on the reader: one lookup at a time (a query looks up only the values it shows). Each value is decoded once
    /// per reader and kept: a query on a common word shows every day it occurs on, hundreds of lookups through the
    /// reader's ordinal map that the next query would repeat.</summary>
    public string Value(int globalOrd)
    {
        if (Volatile.Read(ref _values[globalOrd]) is { } known) return known;
        string value;
        lock (_lookup) value = _lookup(globalOrd, new BytesRef()).Utf8ToString();
        Volatile.Write(ref _values[globalOrd], value);
        return value;
    }

    public static FacetOrdinals For(IndexReader reader, string field, bool multiValued)
    {
        var fields = s_cache.GetValue(reader, _ => new Dictionary<string, FacetOrdinals>(StringComparer.Ordinal));
        lock (fields)
        {
            if (!fields.TryGetValue(field, out var ordinals))
                fields[field] = ordinals = multiValued ? SortedSet(reader, field) : Sorted(reader, field);
            return ordinals;
        }
    }

    private static FacetOrdinals Sorted(IndexReader reader, string field)
    {
        var values = MultiDocValues.GetSortedValues(reader, field);
        if (values is null) return Empty(reader);
        var mapping = (values as MultiDocValues.MultiSortedDocValues)?.Mapping;
        var maps = Maps(reader, mapping, leaf => leaf.GetSortedDocValues(field)?.ValueCount ?? 0);
        return new FacetOrdinals(values.ValueCount, maps, (ord, bytes) => { values.LookupOrd((int)ord, bytes); return bytes; });
    }

    private static FacetOrdinals SortedSet(IndexReader reader, string field)
    {
        var values = MultiDocValues.GetSortedSetValues(reader, field);
        if (values is null) return Empty(reader);
        var mapping = (values as MultiDocValues.MultiSortedSetDocValues)?.Mapping;
        var maps = Maps(reader, mapping, leaf => (int)(leaf.GetSortedSetDocValues(field)?.ValueCount ?? 0));
        return new FacetOrdinals(checked((int)values.ValueCount), maps, (ord, bytes) => { values.LookupOrd(ord, bytes); return bytes; });
    }

    // One leaf: its ordinals are the global ones. Several: Lucene's OrdinalMap says which global ordinal each one is.
    private static int[][] Maps(IndexReader reader, MultiDocValues.OrdinalMap? mapping, Func<AtomicReader, int> valueCount)
    {
        var leaves = reader.Leaves;
        var maps = new int[leaves.Count][];
        for (var segment = 0; segment < leaves.Count; segment++)
        {
            var map = new int[valueCount(leaves[segment].AtomicReader)];
            for (var ord = 0; ord < map.Length; ord++) map[ord] = mapping is null ? ord : (int)mapping.GetGlobalOrd(segment, ord);
            maps[segment] = map;
        }
        return maps;
    }

    private static FacetOrdinals Empty(IndexReader reader) =>
        new(0, [.. reader.Leaves.Select(_ => Array.Empty<int>())], (_, bytes) => bytes);
}
