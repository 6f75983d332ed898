using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// One pass over every matching article that does all a search needs: the facet counts (outlet, day, entity) into
/// arrays by global ordinal (<see cref="FacetOrdinals"/>), and the best hits with near duplicates already collapsed.
/// An article alone competes for a place among the top <c>limit</c>; an article of a near-duplicate group (sorted doc
/// value <see cref="SearchFields.DuplicateGroup"/>) counts for its group, which keeps its best article. So no hit is
/// looked up twice, no store is read for articles not shown, and collapsing never needs a second, deeper search.
/// Groups are counted by slot (<see cref="SegmentColumns.Group"/>: numbered in document order), and every value is
/// read from <see cref="SegmentColumns"/> (decoded once per reader), so a match costs array loads and stores, no hashing and no doc-values decoding; the arrays come from a pool
/// of this collector's own and go back cleared (only the slots a query touched) on <see cref="Dispose"/>: a search
/// allocates nothing in proportion to the index. Ties between equal hits go to <see cref="SearchFields.IdOrder"/>,
/// so the order of equals is the same after updates, merges and rebuilds.
/// </summary>
internal sealed class HitCollector : ICollector, IDisposable
{
    // Private pools: every array goes back all zeros, so a rented one needs no clearing.
    private static readonly ArrayPool<int> s_ints = ArrayPool<int>.Create();
    private static readonly ArrayPool<GroupState> s_groups = ArrayPool<GroupState>.Create();

    private readonly SearchSort _sort;
    private readonly int _limit;
    private readonly FacetOrdinals _outlets;
    private readonly FacetOrdinals _days;
    private readonly FacetOrdinals _entities;
    private readonly FacetOrdinals _groups;
    private readonly PriorityQueue<Candidate, Candidate> _alone;
    private readonly CandidateOrder _order;
    private readonly GroupState[] _groupStates;
    private readonly bool _byRelevance;
    private readonly int[] _touched;
    private int _touchedCount;

    private Scorer? _scorer;
    private int _docBase;
    private int _segmentSize;
    private readonly int _outOfOrderFrom;
    private readonly SegmentColumns[] _segments;
    private SegmentColumns? _columns;
    private long _aloneCount;
    private long _matched;
    private bool _disposed;

    public HitCollector(IndexReader reader, SearchSort sort, int limit, int outOfOrderFrom = OutOfOrderFrom)
    {
        _outOfOrderFrom = outOfOrderFrom;
        _sort = sort;
        _limit = limit;
        _outlets = FacetOrdinals.For(reader, SearchFields.Outlet, multiValued: false);
        _days = FacetOrdinals.For(reader, SearchFields.Day, multiValued: false);
        _entities = FacetOrdinals.For(reader, SearchFields.Entity, multiValued: true);
        _groups = FacetOrdinals.For(reader, SearchFields.DuplicateGroup, multiValued: false);
        _segments = SegmentColumns.For(reader);
        OutletCounts = s_ints.Rent(_outlets.Count);
        DayCounts = s_ints.Rent(_days.Count);
        EntityCounts = s_ints.Rent(_entities.Count);
        _groupStates = s_groups.Rent(_groups.Count);
        _byRelevance = sort == SearchSort.Relevance;
        _touched = s_ints.Rent(_groups.Count);
        _order = new CandidateOrder(sort);
        // Worst first, so the heap's top is the one a better article pushes out.
        _alone = new PriorityQueue<Candidate, Candidate>(limit + 1, Comparer<Candidate>.Create((a, b) => _order.Compare(b, a)));
    }

    /// <summary>Counts by global outlet ordinal (the first <see cref="FacetOrdinals.Count"/> slots; pooled, valid until disposed).</summary>
    public int[] OutletCounts { get; }

    public int[] DayCounts { get; }

    public int[] EntityCounts { get; }

    public FacetOrdinals Outlets => _outlets;

    public FacetOrdinals Days => _days;

    public FacetOrdinals Entities => _entities;

    /// <summary>Hits as listed: articles alone plus groups (each group is one hit, however many of its articles match).</summary>
    public long Total => _aloneCount + _touchedCount;

    /// <summary>Matching articles collected, duplicates included: the work the pass did.</summary>
    public long Matched => _matched;

    /// <summary>Out of order only in a segment of at least <see cref="OutOfOrderFrom"/> documents (Lucene asks after
    /// each <see cref="SetNextReader"/>). Out of order, Lucene scores a pure disjunction (every one-word query is title
    /// OR text) with its BooleanScorer, whose bucket table allocates 2,048 objects per segment per query (~115 KB): on
    /// an index of 28 small segments 2 MB a query, enough garbage to drive collections that cost more than the
    /// search; on one segment of 292,841 articles it scores «على» (250k matches) in 15 ms of thread CPU against 23 in
    /// order. Both sum the same clause scores in a double and round once, so scores are the same; and the order of
    /// equal hits never depended on the order they came in (<see cref="CandidateOrder"/>).</summary>
    public bool AcceptsDocsOutOfOrder => !ScoreInOrder && _segmentSize >= _outOfOrderFrom;

    /// <summary>Documents in order whatever the segment's size: set for a query Lucene would score in order anyway,
    /// so that it does not build bucket tables first to throw away (<see cref="BucketScoring"/>).</summary>
    public bool ScoreInOrder { get; set; }

    /// <summary>Segments this large are scored out of order: their matches outnumber the bucket table's objects many
    /// times over. Not tuned beyond the two shapes measured (1 segment of 292,841; 28 of about 1,000).</summary>
    public const int OutOfOrderFrom = 32_768;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _segmentSize = context.AtomicReader.MaxDoc;
        _columns = _segments[context.Ord];
    }

    public void Collect(int doc)
    {
        // Every value this needs, already decoded to global ordinals for the whole reader (SegmentColumns).
        var columns = _columns!;
        _matched++;
        if (columns.Outlet[doc] is var outlet and >= 0) OutletCounts[outlet]++;
        if (columns.Day[doc] is var day and >= 0) DayCounts[day]++;
        for (int i = columns.EntityStart[doc], end = columns.EntityStart[doc + 1]; i < end; i++) EntityCounts[columns.Entities[i]]++;
        var score = _scorer!.GetScore();
        var candidate = new Candidate(_docBase + doc, float.IsNaN(score) ? 0f : score, _sort == SearchSort.Date ? columns.Published[doc] : 0, columns.IdOrder[doc]);
        var slot = columns.Group[doc];
        if (slot < 0)
        {
            _aloneCount++;
            if (_alone.Count < _limit) _alone.Enqueue(candidate, candidate);
            else if (_order.Compare(candidate, _alone.Peek()) < 0) _alone.EnqueueDequeue(candidate, candidate);
            return;
        }
        ref var group = ref _groupStates[slot];
        if (group.Count++ == 0)
        {
            _touched[_touchedCount++] = slot;
            group.Best = candidate;
        }
        // By relevance the comparison is written out (a call per match was 4% of a 250k-match query's CPU), and a lower
        // score loses at once: most matches of a group are not its best.
        else if (_byRelevance
            ? candidate.Score > group.Best.Score || (candidate.Score == group.Best.Score && CandidateOrder.Tie(candidate, group.Best) < 0)
            : _order.Compare(candidate, group.Best) < 0)
            group.Best = candidate;
    }

    /// <summary>The best <c>limit</c> hits, best first, each with how many other matching articles its group holds.</summary>
    public List<(Candidate Hit, int Duplicates)> Top()
    {
        var best = new PriorityQueue<(Candidate, int), Candidate>(_limit + 1, Comparer<Candidate>.Create((a, b) => _order.Compare(b, a)));
        foreach (var (candidate, _) in _alone.UnorderedItems) Offer((candidate, 0));
        for (var i = 0; i < _touchedCount; i++) Offer((_groupStates[_touched[i]].Best, _groupStates[_touched[i]].Count - 1));
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

    /// <summary>Gives the arrays back to the pool, zeroed where this query wrote.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        for (var i = 0; i < _touchedCount; i++)
        {
            _groupStates[_touched[i]] = default;
            _touched[i] = 0;
        }
        Array.Clear(OutletCounts, 0, _outlets.Count);
        Array.Clear(DayCounts, 0, _days.Count);
        Array.Clear(EntityCounts, 0, _entities.Count);
        s_ints.Return(OutletCounts);
        s_ints.Return(DayCounts);
        s_ints.Return(EntityCounts);
        s_ints.Return(_touched);
        s_groups.Return(_groupStates);
    }

    /// <summary>A near-duplicate group's matches so far and its best article: one struct, so a match of a group reads and
    /// writes one place (groups are hit in no useful order, and two arrays cost two cache misses a match).</summary>
    private struct GroupState
    {
        public int Count;
        public Candidate Best;
    }

    /// <summary>A matching article: its document number in the whole index, score, publication ticks (date sort only)
    /// and its <see cref="SearchFields.IdOrder"/>.</summary>
    public readonly record struct Candidate(int Doc, float Score, long Published, long IdOrder);

    /// <summary>Better first: by score (relevance) or by date then score (date; undated last); then by id order
    /// (unsigned, the id's hex order), and the earlier document only between articles of the same id prefix.</summary>
    private sealed class CandidateOrder(SearchSort sort) : IComparer<Candidate>
    {
        public int Compare(Candidate a, Candidate b)
        {
            if (sort == SearchSort.Date && a.Published != b.Published) return b.Published.CompareTo(a.Published);
            if (a.Score != b.Score) return b.Score.CompareTo(a.Score);
            return Tie(a, b);
        }

        /// <summary>Between equals: id order (unsigned, the id's hex order), then the earlier document.</summary>
        public static int Tie(Candidate a, Candidate b) =>
            a.IdOrder != b.IdOrder ? ((ulong)a.IdOrder).CompareTo((ulong)b.IdOrder) : a.Doc.CompareTo(b.Doc);
    }
}
