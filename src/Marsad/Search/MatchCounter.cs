using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>
/// Sees every matching article once (beside the collector of the top hits) and counts it by outlet, day and entity
/// (facets), and by near-duplicate group (how many articles each hit stands for, and how many hits there are).
/// Counts by per-segment ordinal and resolves ordinals to names once per segment, so a broad query over 300k
/// articles costs an array increment per match.
/// </summary>
internal sealed class MatchCounter : ICollector
{
    private readonly Dictionary<string, long> _outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<int, long> _days = [];
    private readonly Dictionary<string, long> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _groups = [];

    private SortedDocValues? _outlet;
    private SortedSetDocValues? _entity;
    private NumericDocValues? _day;
    private NumericDocValues? _group;
    private long[] _outletCounts = [];
    private long[] _entityCounts = [];

    public IReadOnlyDictionary<string, long> Outlets => _outlets;

    public IReadOnlyDictionary<int, long> Days => _days;

    public IReadOnlyDictionary<string, long> Entities => _entities;

    /// <summary>Matching articles per near-duplicate group.</summary>
    public IReadOnlyDictionary<long, int> Groups => _groups;

    public long Matches { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        _outlet = reader.GetSortedDocValues(SearchFields.Outlet);
        _entity = reader.GetSortedSetDocValues(SearchFields.Entity);
        _day = reader.GetNumericDocValues(SearchFields.Day);
        _group = reader.GetNumericDocValues(SearchFields.DuplicateGroup);
        _outletCounts = _outlet is null ? [] : new long[_outlet.ValueCount];
        _entityCounts = _entity is null ? [] : new long[_entity.ValueCount];
    }

    public void Collect(int doc)
    {
        Matches++;
        if (_outlet is not null)
        {
            var ord = _outlet.GetOrd(doc);
            if (ord >= 0) _outletCounts[ord]++;
        }
        if (_entity is not null)
        {
            _entity.SetDocument(doc);
            for (var ord = _entity.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _entity.NextOrd()) _entityCounts[ord]++;
        }
        if (_day is not null)
        {
            var day = (int)_day.Get(doc);
            if (day != 0) _days[day] = _days.GetValueOrDefault(day) + 1;
        }
        if (_group is not null)
        {
            var group = _group.Get(doc);
            _groups[group] = _groups.GetValueOrDefault(group) + 1;
        }
    }

    /// <summary>Call after the search: adds the last segment's counts.</summary>
    public void Finish() => FlushSegment();

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var ord = 0; ord < _outletCounts.Length; ord++)
        {
            if (_outletCounts[ord] == 0) continue;
            _outlet!.LookupOrd(ord, term);
            var name = term.Utf8ToString();
            _outlets[name] = _outlets.GetValueOrDefault(name) + _outletCounts[ord];
        }
        for (var ord = 0; ord < _entityCounts.Length; ord++)
        {
            if (_entityCounts[ord] == 0) continue;
            _entity!.LookupOrd(ord, term);
            var name = term.Utf8ToString();
            _entities[name] = _entities.GetValueOrDefault(name) + _entityCounts[ord];
        }
        _outletCounts = [];
        _entityCounts = [];
    }
}
