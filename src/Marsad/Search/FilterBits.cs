using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>
/// A search's filters (outlet, date range, entity, event type, story) as one bit set per segment, each filter's set
/// kept per segment for later searches (Lucene's filter cache, done here so the sets stay random-access bits). A dense
/// filter set goes to the text query's scorer as its accepted documents, so the text is scored as it would be alone —
/// by the bucket scorer, out of order, in a large segment — and skips what the filters refuse; the filters as required
/// clauses made every filtered search an in-order conjunction that also rebuilt the date range's set each time
/// («أول» from 2015-07-16 to 2015-08-15 at 292,841 articles: 11–14 ms of CPU). A sparse one is left to the
/// conjunction, which leaps to its few documents instead of reading the text's postings whole.
/// </summary>
internal sealed class FilterBits : IDisposable
{
    /// <summary>Filters matching at least this share of the index go as accepted documents.</summary>
    public const int DenseFrom = 16;

    // Each filter's set per segment core (dropped with the segment); a bounded number per segment, the least
    // recently used dropped first.
    private static readonly ConditionalWeakTable<object, SegmentFilterSets> s_cache = [];
    private const int CachedPerSegment = 256;

    private readonly FixedBitSet?[] _segments;
    private readonly List<FixedBitSet>? _copies;

    private FilterBits(FixedBitSet?[] segments, long count, List<FixedBitSet>? copies)
    {
        _segments = segments;
        Count = count;
        _copies = copies;
    }

    /// <summary>Gives the copies' words back to the thread (<see cref="BitWords"/>): the sets are not read after.</summary>
    public void Dispose()
    {
        if (_copies is null) return;
        foreach (var copy in _copies) BitWords.Return(copy);
        _copies.Clear();
    }

    /// <summary>Documents every filter accepts (deleted ones left out).</summary>
    public long Count { get; }

    /// <summary>Whether the filters accept enough of the index to be read as bits rather than leapt to.</summary>
    public bool Dense(IndexReader reader) => Count * DenseFrom >= reader.MaxDoc;

    /// <summary>What the segment's scorer may accept: null when nothing.</summary>
    public FixedBitSet? Of(AtomicReaderContext segment) => _segments[segment.Ord];

    public static FilterBits For(IndexReader reader, IReadOnlyList<Query> filters)
    {
        var leaves = reader.Leaves;
        var segments = new FixedBitSet?[leaves.Count];
        long count = 0;
        List<FixedBitSet>? copies = null;
        for (var i = 0; i < leaves.Count; i++)
        {
            var leaf = leaves[i];
            // A kept set is shared by every search: one filter over a segment without deletions is read as it is
            // kept (no 36 KB copy at 292,841 articles); it is copied before anything is changed in it.
            FixedBitSet? accepted = null;
            var copied = false;
            foreach (var filter in filters)
            {
                var bits = Cached(leaf, filter);
                if (accepted is null) accepted = bits;
                else
                {
                    if (!copied) (accepted, copied) = (BitWords.Copy(accepted), true);
                    accepted.And(bits);
                }
            }
            if (accepted is null) continue;
            if (leaf.AtomicReader.LiveDocs is { } live)
            {
                if (!copied) (accepted, copied) = (BitWords.Copy(accepted), true);
                for (var doc = accepted.NextSetBit(0); doc >= 0; doc = doc + 1 < accepted.Length ? accepted.NextSetBit(doc + 1) : -1)
                    if (!live.Get(doc)) accepted.Clear(doc);
            }
            count += accepted.Cardinality;
            segments[i] = accepted;
            if (copied) (copies ??= []).Add(accepted);
        }
        return new FilterBits(segments, count, copies);
    }

    /// <summary>The filter's set for one segment as every search gets it: kept per segment core and shared between
    /// searches (callers copy before changing it).</summary>
    internal static FixedBitSet Cached(AtomicReaderContext leaf, Query filter)
    {
        var cache = s_cache.GetValue(leaf.AtomicReader.CoreCacheKey, _ => new SegmentFilterSets(CachedPerSegment));
        return cache.Get(filter, f => Terms(f) is { } terms ? FromPostings(leaf, terms) : FromFilter(leaf, f));
    }

    /// <summary>Filter sets found kept and built, over every segment this process holds sets of (a bench's hit rate).</summary>
    internal static (long Reused, long Built) CacheCounts()
    {
        long reused = 0, built = 0;
        foreach (var (_, sets) in (IEnumerable<KeyValuePair<object, SegmentFilterSets>>)s_cache)
        {
            reused += sets.Reused;
            built += sets.Built;
        }
        return (reused, built);
    }

    /// <summary>Postings without frequencies: a frequent word's set (FrequentConjunction) read as a query, scored in
    /// order field by field, took 30-40 ms at 292,841 articles.</summary>
    private static FixedBitSet FromPostings(AtomicReaderContext leaf, IEnumerable<Term> terms)
    {
        var bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        foreach (var term in terms)
        {
            var postings = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
            if (postings is not null && postings.SeekExact(term.Bytes)) bits.Or(postings.Docs(null, null, DocsFlags.NONE));
        }
        return bits;
    }

    /// <summary>A date range (a multi-term query) as Lucene's filter for it: its terms' postings ORed into one set. As a
    /// query, each term a clause scored in order, a new month's set cost ~2 ms more of a user's first search at
    /// 292,841 articles. Any other filter as the query it is.</summary>
    private static FixedBitSet FromFilter(AtomicReaderContext leaf, Query filter)
    {
        var set = filter is MultiTermQuery range ? new TermsOfQuery(range).GetDocIdSet(leaf, null) : new QueryWrapperFilter(filter).GetDocIdSet(leaf, null);
        if (set is FixedBitSet bits) return bits;
        bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        if (set?.GetIterator() is { } matches)
            for (var doc = matches.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.NextDoc()) bits.Set(doc);
        return bits;
    }

    /// <summary>The terms whose articles a filter is (a term, or terms any of which will do); null for another query.</summary>
    private static IEnumerable<Term>? Terms(Query filter) => filter switch
    {
        TermQuery term => [term.Term],
        BooleanQuery { MinimumNumberShouldMatch: 0, Clauses.Count: > 0 } any when any.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery)
            => any.Clauses.Select(c => ((TermQuery)c.Query).Term),
        _ => null,
    };

    /// <summary>The documents holding any term of a multi-term query (a numeric range), as one set.</summary>
    private sealed class TermsOfQuery(MultiTermQuery query) : MultiTermQueryWrapperFilter<MultiTermQuery>(query);

    /// <summary>Runs <paramref name="text"/> over every segment with these bits as its accepted documents.</summary>
    public void Search(IndexSearcher searcher, Query text, ICollector collector)
    {
        var weight = BucketBooleanQuery.Weigh(searcher, text);
        foreach (var leaf in searcher.IndexReader.Leaves)
            if (Of(leaf) is { } accepted) BucketScoring.Score(weight, leaf, accepted, collector);
    }
}
