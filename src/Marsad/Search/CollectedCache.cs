using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// What the collecting pass found for a search that matched many articles — the total, the top hits with their
/// duplicate counts, the facets — kept per index reader and given back when the same search (<see cref="Key"/>: the
/// Lucene query its text and filters made, its sort, limit and entity facet size) is searched on the same reader again.
/// Keyed by the query as parsed, not as typed: «على», «علي» and «وعلى» are one term and one pass, and a pass kept in
/// advance for a frequent word (<see cref="CacheWarming"/>) answers whatever spelling of it is typed.
/// Elasticsearch's shard request cache keeps aggregations and totals the same way, per index generation. A search
/// whose words stand in most articles («على»: 250,822 of 292,841) costs 12–22 ms of CPU, every match scored and counted
/// into the facets and its near-duplicate group; its answer cannot change while the reader does not, and a refresh
/// (an ingest, an analysis, a rebuild) brings a new reader, which starts empty, so nothing stale is ever served. Only
/// the index part is kept: the hits' articles and snippets are read from the store on every search, as before.
/// A search is kept from <see cref="From"/> matched articles or <see cref="Cost"/> of CPU (below both it costs about
/// as much to redo as to read its articles and snippets); at most <see cref="Capacity"/> per reader, the oldest dropped first.
/// </summary>
internal sealed class CollectedCache
{
    private static readonly ConditionalWeakTable<IndexReader, CollectedCache> s_byReader = [];

    private readonly Dictionary<Key, Collected> _entries = [];
    // The searches users made, each with when it was last asked (see Asked).
    private readonly Dictionary<Key, (SearchQuery Query, long Recency)> _asked = [];
    private readonly Queue<Key> _order = new();
    private long _clock;
    private int _warming;
    private readonly System.Threading.Lock _lock = new();

    /// <summary>Matching articles (before collapsing) from which a search's outcome is kept: at 292,841 articles a
    /// pass over this many costs about 1 ms of CPU, the price of reading 20 articles and their snippets.</summary>
    public const long From = 16_384;

    /// <summary>Thread CPU of a pass from which it is kept whatever it matched: at 292,841 articles «"كما قال"» (182
    /// hits) costs 7–13 ms, the positions of two words in most articles read for a few matches; the median search, 3 ms
    /// in all.</summary>
    public static readonly TimeSpan Cost = TimeSpan.FromMilliseconds(2);

    public const int Capacity = 128;

    public static CollectedCache For(IndexReader reader) => s_byReader.GetValue(reader, _ => new CollectedCache());

    /// <summary>The kept pass of <paramref name="query"/>, or null. <paramref name="asking"/>: a user asks it now, so a
    /// search users made is asked again (it becomes the most recent of <see cref="Asked"/>).</summary>
    public Collected? Find(Key query, bool asking = false)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(query, out var collected)) return null;
            if (asking && _asked.TryGetValue(query, out var asked)) _asked[query] = (asked.Query, ++_clock);
            return collected;
        }
    }

    /// <summary>Keeps <paramref name="collected"/> for <paramref name="query"/>; <paramref name="asked"/> is the search a
    /// user made (null for a word warmed in advance), carried over to the next reader (<see cref="Asked"/>).
    /// <paramref name="carried"/>: the search was carried over from the previous reader, this being its place in what
    /// that reader was asked (0 the most recent): it stays behind every search asked of this reader, and among the
    /// carried in its old place, whatever order they were searched again in.</summary>
    public void Keep(Key query, Collected collected, SearchQuery? asked = null, int? carried = null)
    {
        lock (_lock)
        {
            if (!_entries.TryAdd(query, collected)) return;
            if (asked is not null) _asked[query] = (asked, carried is { } place ? -1L - place : ++_clock);
            _order.Enqueue(query);
            if (_order.Count <= Capacity) return;
            var oldest = _order.Dequeue();
            _entries.Remove(oldest);
            _asked.Remove(oldest);
        }
    }

    /// <summary>The searches users made whose passes are still kept, most recently asked first, at most <paramref name="count"/>:
    /// what the next reader searches in advance (<see cref="CacheWarming"/>), as a search engine's result cache is
    /// autowarmed from the last searcher's most recently used entries. Those asked of this reader come first, then those
    /// carried over in their old order: by order of keeping alone, the carried ones — kept first, most recent first,
    /// before anything else — came out oldest first, so at the next refresh a full cap dropped the most recent of them,
    /// and the search that opened the reader (kept before the warming started) with them.</summary>
    public IReadOnlyList<SearchQuery> Asked(int count)
    {
        lock (_lock)
            return [.. _asked.Values.OrderByDescending(asked => asked.Recency).Take(count).Select(asked => asked.Query)];
    }

    /// <summary>True for the first caller only: the one that warms this reader (<see cref="CacheWarming"/>).</summary>
    public bool ClaimWarming() => Interlocked.Exchange(ref _warming, 1) == 0;

    /// <summary>How many outcomes are kept (tests).</summary>
    public int Count
    {
        get { lock (_lock) return _entries.Count; }
    }

    /// <summary>What a kept pass depends on besides the reader: the Lucene query (text as shaped for the reader, filters
    /// as clauses; Lucene queries compare by structure), the sort, the limit and the entity facet size.</summary>
    public sealed record Key(Query Search, SearchSort Sort, int Limit, int EntityFacetSize)
    {
        public static Key Of(SearchQuery query, Query text, IReadOnlyList<Query> filters) =>
            new(QueryBuilder.WithFilters(text, filters), query.Sort, query.Limit, query.EntityFacetSize);
    }
}
