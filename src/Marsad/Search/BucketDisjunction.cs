using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// Scores a disjunction out of order window by window, as Lucene 4.8's bucket scorer (<c>BooleanScorer</c>) does,
/// over a <see cref="BucketTable"/> kept per thread instead of 2,048 bucket objects (~115 KB) made for every
/// disjunction of every search (each query word is the disjunction of its fields, so one table per word and one
/// over them). Everything that decides a hit and its score is Lucene's: each window's documents are fed clause by
/// clause in the order Lucene keeps its clauses (the prohibited, last first, then the optional, last first), each
/// document's clause scores summed in a double in that order, then multiplied by the coordination factor of the
/// number matched and rounded once to a float; a document a prohibited clause matched is dropped; documents past
/// the caller's end are held for its next call; and the documents of a window are handed on in Lucene's order (its
/// list of slots, the last filled first). So the matches, the scores and their order are Lucene's. The table is
/// taken on the first call and given back when the disjunction is done.
/// </summary>
internal sealed class BucketDisjunction : BulkScorer
{
    private const int ProhibitedBit = 1;

    private readonly Clause[] _clauses;
    private readonly float[] _coordFactors;
    private readonly int _minimumShouldMatch;
    private readonly HandedOnHit _window;
    private BucketTable? _table;
    private int _end;
    private int _current = BucketTable.None;
    private bool _done;

    /// <param name="coordFactors">The factor for each number of optional clauses matched, 0 to all.</param>
    public BucketDisjunction(Weight weight, IList<BulkScorer> optional, IList<BulkScorer> prohibited, float[] coordFactors, int minimumShouldMatch)
    {
        _clauses = new Clause[optional.Count + prohibited.Count];
        var next = 0;
        for (var i = prohibited.Count - 1; i >= 0; i--) _clauses[next++] = new Clause(prohibited[i], ProhibitedBit);
        for (var i = optional.Count - 1; i >= 0; i--) _clauses[next++] = new Clause(optional[i], 0);
        _coordFactors = coordFactors;
        _minimumShouldMatch = minimumShouldMatch;
        _window = new HandedOnHit(weight);
    }

    public override bool Score(ICollector collector, int max)
    {
        if (_done) return false;
        var table = _table ??= Taken();
        collector.SetScorer(_window);
        bool more;
        do
        {
            table.First = BucketTable.None;
            while (_current != BucketTable.None)
            {
                var slot = _current;
                if ((table.Bits[slot] & ProhibitedBit) == 0)
                {
                    if (table.Doc[slot] >= max)
                    {
                        // Past the caller's end: kept for its next call.
                        _current = table.Next[slot];
                        table.Next[slot] = table.First;
                        table.First = slot;
                        continue;
                    }
                    var coord = table.Coord[slot];
                    if (coord >= _minimumShouldMatch)
                    {
                        _window.Doc = table.Doc[slot];
                        _window.Value = (float)(table.Score[slot] * _coordFactors[coord]);
                        _window.Matched = coord;
                        collector.Collect(table.Doc[slot]);
                    }
                }
                _current = table.Next[slot];
            }
            if (table.First != BucketTable.None)
            {
                _current = table.First;
                table.First = table.Next[_current];
                return true;
            }
            more = false;
            _end += BucketTable.Size;
            foreach (var clause in _clauses)
            {
                if (!clause.More) continue;
                clause.More = clause.Scorer.Score(clause.Collector, _end);
                more |= clause.More;
            }
            _current = table.First;
        }
        while (_current != BucketTable.None || more);
        _done = true;
        _table = null;
        BucketTable.Return(table);
        return false;
    }

    private BucketTable Taken()
    {
        var table = BucketTable.Rent();
        foreach (var clause in _clauses) clause.Collector.Table = table;
        return table;
    }

    private sealed class Clause(BulkScorer scorer, int bit)
    {
        public readonly BulkScorer Scorer = scorer;
        public readonly SlotCollector Collector = new(bit);
        public bool More = true;
    }

    /// <summary>Adds one clause's matches of a window to the table.</summary>
    private sealed class SlotCollector(int bit) : ICollector
    {
        public BucketTable? Table;
        private Scorer? _scorer;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void Collect(int doc)
        {
            var table = Table!;
            var slot = doc & BucketTable.Mask;
            if (table.Doc[slot] != doc)
            {
                table.Doc[slot] = doc;
                table.Score[slot] = _scorer!.GetScore();
                table.Bits[slot] = bit;
                table.Coord[slot] = 1;
                table.Next[slot] = table.First;
                table.First = slot;
            }
            else
            {
                table.Score[slot] += _scorer!.GetScore();
                table.Bits[slot] |= bit;
                table.Coord[slot]++;
            }
        }

        public void SetNextReader(AtomicReaderContext context) { }

        public bool AcceptsDocsOutOfOrder => true;
    }
}
