using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// One pass over every matching article that does all a search needs: the facet counts (outlet, day, entity) into
/// arrays by global ordinal (<see cref="FacetOrdinals"/>), and the best hits with near duplicates already collapsed.
/// An article alone competes for a place among the top <c>limit</c>; an article of a near-duplicate group (doc value
/// <see cref="SearchFields.DuplicateGroup"/>) counts for its group, which keeps its best article. So no hit is
/// looked up twice, no store is read for articles not shown, and collapsing never needs a second, deeper search.
/// </summary>
internal sealed class HitCollector : ICollector
{
    private readonly SearchSort _sort;
    private readonly int _limit;
    private readonly FacetOrdinals _outlets;
    private readonly FacetOrdinals _days;
    private readonly FacetOrdinals _entities;
    private readonly PriorityQueue<Candidate, Candidate> _alone;
    private readonly Dictionary<long, Group> _groups = [];
    private readonly CandidateOrder _order;

    private Scorer? _scorer;
    private int _docBase;
    private SortedDocValues? _outlet;
    private SortedDocValues? _day;
    private SortedSetDocValues? _entity;
    private NumericDocValues? _group;
    private NumericDocValues? _published;
    private int[] _outletMap = [];
    private int[] _dayMap = [];
    private int[] _entityMap = [];
    private long _aloneCount;

    public HitCollector(IndexReader reader, SearchSort sort, int limit)
    {
        _sort = sort;
        _limit = limit;
        _outlets = FacetOrdinals.For(reader, SearchFields.Outlet, multiValued: false);
        _days = FacetOrdinals.For(reader, SearchFields.Day, multiValued: false);
        _entities = FacetOrdinals.For(reader, SearchFields.Entity, multiValued: true);
        OutletCounts = new int[_outlets.Count];
        DayCounts = new int[_days.Count];
        EntityCounts = new int[_entities.Count];
        _order = new CandidateOrder(sort);
        // Worst first, so the heap's top is the one a better article pushes out.
        _alone = new PriorityQueue<Candidate, Candidate>(limit + 1, Comparer<Candidate>.Create((a, b) => _order.Compare(b, a)));
    }

    public int[] OutletCounts { get; }

    public int[] DayCounts { get; }

    public int[] EntityCounts { get; }

    public FacetOrdinals Outlets => _outlets;

    public FacetOrdinals Days => _days;

    public FacetOrdinals Entities => _entities;

    /// <summary>Hits as listed: articles alone plus groups (each group is one hit, however many of its articles match).</summary>
    public long Total => _aloneCount + _groups.Count;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _outlet = reader.GetSortedDocValues(SearchFields.Outlet);
        _day = reader.GetSortedDocValues(SearchFields.Day);
        _entity = reader.GetSortedSetDocValues(SearchFields.Entity);
        _group = reader.GetNumericDocValues(SearchFields.DuplicateGroup);
        _published = _sort == SearchSort.Date ? reader.GetNumericDocValues(SearchFields.Published) : null;
        _outletMap = _outlets.SegmentToGlobal[context.Ord];
        _dayMap = _days.SegmentToGlobal[context.Ord];
        _entityMap = _entities.SegmentToGlobal[context.Ord];
    }

    public void Collect(int doc)
    {
        if (_outlet is not null && _outlet.GetOrd(doc) is var outlet and >= 0) OutletCounts[_outletMap[outlet]]++;
        if (_day is not null && _day.GetOrd(doc) is var day and >= 0) DayCounts[_dayMap[day]]++;
        if (_entity is not null)
        {
            _entity.SetDocument(doc);
            for (var ord = _entity.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _entity.NextOrd()) EntityCounts[_entityMap[ord]]++;
        }
        var score = _scorer!.GetScore();
        var candidate = new Candidate(_docBase + doc, float.IsNaN(score) ? 0f : score, _published?.Get(doc) ?? 0);
        var key = _group?.Get(doc) ?? 0;
        if (key == 0)
        {
            _aloneCount++;
            if (_alone.Count < _limit) _alone.Enqueue(candidate, candidate);
            else if (_order.Compare(candidate, _alone.Peek()) < 0) _alone.EnqueueDequeue(candidate, candidate);
            return;
        }
        ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out var existed);
        group.Count++;
        if (!existed || _order.Compare(candidate, group.Best) < 0) group.Best = candidate;
    }

    /// <summary>The best <c>limit</c> hits, best first, each with how many other matching articles its group holds.</summary>
    public List<(Candidate Hit, int Duplicates)> Top()
    {
        var best = new PriorityQueue<(Candidate, int), Candidate>(_limit + 1, Comparer<Candidate>.Create((a, b) => _order.Compare(b, a)));
        foreach (var (candidate, _) in _alone.UnorderedItems) Offer((candidate, 0));
        foreach (var group in _groups.Values) Offer((group.Best, group.Count - 1));
        var top = new List<(Candidate, int)>(best.Count);
        while (best.Count > 0) top.Add(best.Dequeue());
        top.Reverse();
        return top;

        void Offer((Candidate Hit, int Duplicates) hit)
        {
            if (best.Count < _limit) best.Enqueue(hit, hit.Hit);
            else if (_order.Compare(hit.Hit, best.Peek().Item1) < 0) best.EnqueueDequeue(hit, hit.Hit);
        }
    }

    /// <summary>A matching article: its document number in the whole index, score and publication ticks (date sort only).</summary>
    public readonly record struct Candidate(int Doc, float Score, long Published);

    private struct Group
    {
        public int Count;
        public Candidate Best;
    }

    /// <summary>Better first: by score (relevance) or by date then score (date; undated last); the earlier document on a tie.</summary>
    private sealed class CandidateOrder(SearchSort sort) : IComparer<Candidate>
    {
        public int Compare(Candidate a, Candidate b)
        {
            if (sort == SearchSort.Date && a.Published != b.Published) return b.Published.CompareTo(a.Published);
            if (a.Score != b.Score) return b.Score.CompareTo(a.Score);
            return a.Doc.CompareTo(b.Doc);
        }
    }
}
