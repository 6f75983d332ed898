using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marsad.Storage;

namespace Marsad.Search;

/// <summary>
/// Answers <see cref="SearchQuery"/>s from the search index of a data folder: the hits (near duplicates collapsed into
/// one with a count), their snippets with highlights in the original text, facet counts, and whether the index is up
/// to date (<see cref="IndexStatus"/>: a stale index still answers, and says so). Thread-safe and meant to live as long
/// as its user: one Lucene <see cref="SearcherManager"/> shared by every search, refreshed when the store records a new
/// index stamp (another process ingested, analysed or rebuilt), reopened afresh when a rebuild swapped the folder.
/// <see cref="Open"/> binds one store connection (the CLI, one page); <see cref="ForFolder"/> makes a service for a
/// server, whose requests bring their own connection (<see cref="Search(SearchQuery, MarsadStore)"/>) and whose index
/// status is rechecked in the background, never on a request.
/// </summary>
public sealed class SearchService : IDisposable
{
    private static readonly TimeSpan s_statusAge = TimeSpan.FromSeconds(5);

    private readonly string _folder;
    private readonly MarsadStore? _store;
    private readonly object _storeLock = new();
    private readonly System.Threading.Lock _indexLock = new();
    private readonly List<FSDirectory> _directories = [];
    private readonly IndexStampWatch? _changes;
    private long? _checkedVersion;
    private SearcherManager? _manager;
    private string? _build;
    private string? _seenStamp;
    private IndexStatus _status;
    private long _statusAt;
    private int _statusRefreshing;
    private long _answeredFromCache;
    private CancellationTokenSource? _warmingStop;
    private CollectedCache? _lastWarmed;
    private readonly List<Task> _warmings = [];
    private bool _disposed;

    private SearchService(string folder, MarsadStore? store, IndexStatus status, IndexStampWatch? changes = null)
    {
        _folder = folder;
        _store = store;
        _changes = changes;
        _status = status;
        _statusAt = Stopwatch.GetTimestamp();
    }

    /// <summary>
    /// Opens the index of <paramref name="store"/>. A store with articles and no index is refused
    /// (<see cref="SearchException.NoIndex"/>); an empty store searches as empty.
    /// </summary>
    public static SearchService Open(MarsadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var status = SearchIndex.Status(store);
        if (!status.Exists && !status.Fresh)
            throw new SearchException(SearchException.NoIndex, $"There is no search index in {store.Folder}: run 'marsad reindex' to build it from the stored articles.");
        return new SearchService(store.Folder, store, status);
    }

    /// <summary>A service for the data folder of <paramref name="store"/> that outlives it: each search passes the store
    /// connection it may use. A missing index is no error here: searches answer <see cref="SearchException.NoIndex"/>
    /// until one is built, then find it. With <paramref name="changes"/> (the server's watch on the store) the background
    /// status check runs only when something was committed since the last one: the index is written, and its record in
    /// the store committed after it, by whoever changes the store, so an unchanged store has an unchanged status.</summary>
    public static SearchService ForFolder(MarsadStore store, IndexStampWatch? changes = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new SearchService(store.Folder, null, SearchIndex.Status(store), changes) { WarmWords = CacheWarming.Words };
    }

    /// <summary>Whether the index holds what the store holds (rechecked at most every few seconds).</summary>
    public IndexStatus Status
    {
        get
        {
            if (Stopwatch.GetElapsedTime(Volatile.Read(ref _statusAt)) < s_statusAge) return _status;
            if (_store is not null)
            {
                lock (_storeLock) _status = SearchIndex.Status(_store);
                Volatile.Write(ref _statusAt, Stopwatch.GetTimestamp());
            }
            else if (Interlocked.Exchange(ref _statusRefreshing, 1) == 0)
                // A server answers with the status it has and rechecks on its own connection: the check counts rows and
                // opens the index's last commit, which a request should not wait for.
                _ = Task.Run(() =>
                {
                    try
                    {
                        // The version is taken before the check: a commit landing during it moves the version again.
                        var version = _changes?.Version();
                        if (version is null || version != _checkedVersion)
                        {
                            // Counting five tables and reading the index's last commit cost tens of ms of CPU every 5 s
                            // under a stream of searches (as much as several searches), though nothing had changed.
                            using var own = MarsadStore.Open(_folder);
                            _status = SearchIndex.Status(own);
                            _checkedVersion = version;
                        }
                        Volatile.Write(ref _statusAt, Stopwatch.GetTimestamp());
                    }
                    catch (Exception e) when (e is MarsadStoreException or Microsoft.Data.Sqlite.SqliteException or IOException or ObjectDisposedException)
                    {
                        // Keep the last status; the next search tries again.
                    }
                    finally
                    {
                        Volatile.Write(ref _statusRefreshing, 0);
                    }
                });
            return _status;
        }
    }

    /// <summary>Optional: time spent in each phase of the searches run (the search bench's breakdown).</summary>
    internal SearchTimings? Timings { get; set; }

    private SearchTimings.Mark Mark() => Timings is null ? default : SearchTimings.Start();

    public SearchResult Search(SearchQuery query) =>
        Search(query, _store ?? throw new InvalidOperationException("This search service has no store of its own: pass the store to use."));

    /// <summary>Searches with <paramref name="store"/> (a connection of the same data folder, used by this call alone)
    /// for what the index does not hold: the articles' texts and the entity ids.</summary>
    public SearchResult Search(SearchQuery query, MarsadStore store)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(store);
        if (query.Limit is < 1 or > SearchQuery.MaxLimit)
            throw new SearchException(SearchException.BadFilter, $"The limit must be between 1 and {SearchQuery.MaxLimit}; it was {query.Limit}.");
        var started = Mark();
        string? recorded;
        lock (StoreLock(store))
        {
            if (query.Entity is { } entity && !EntityExists(store, entity))
                throw new SearchException(SearchException.BadFilter, $"No entity '{entity}' is stored: 'marsad entities' lists the ids (gpe:iran, per:…).");
            recorded = RecordedStamp(store);
            if (recorded != Volatile.Read(ref _seenStamp))
            {
                // The index changed since the last search: say how it stands now, not as it stood before.
                _status = SearchIndex.Status(store);
                Volatile.Write(ref _statusAt, Stopwatch.GetTimestamp());
            }
        }
        var parsed = QueryBuilder.Parse(query);
        var status = Status;
        var manager = Current(recorded);
        Timings?.Add(SearchPhase.Refresh, started);
        if (manager is null)
            return !status.Exists && !status.Fresh
                ? throw new SearchException(SearchException.NoIndex, $"There is no search index in {_folder}: run 'marsad reindex' to build it from the stored articles.")
                : new SearchResult(0, [], new SearchFacets([], [], []), status);
        var searcher = manager.Acquire();
        try
        {
            started = Mark();
            var text = QueryBuilder.Text(parsed, searcher.IndexReader);
            var cache = CacheFrom is null ? null : CollectedCache.For(searcher.IndexReader);
            var key = CollectedCache.Key.Of(query, text, parsed.Filters);
            var collected = cache?.Find(key, asking: true);
            if (collected is not null) Interlocked.Increment(ref _answeredFromCache);
            else
            {
                var passStarted = SearchTimings.ThreadCpuNanoseconds();
                collected = Collect(searcher, parsed, text, query, SplitConjunctions);
                if (cache is not null && (collected.Matched >= CacheFrom
                    || SearchTimings.ThreadCpuNanoseconds() - passStarted >= CacheCost?.Ticks * TimeSpan.NanosecondsPerTick))
                    cache.Keep(key, collected, query);
            }
            // After the pass: on a new reader it decoded the columns (SegmentColumns) the warming reads, which two
            // threads at once would each decode.
            if (cache is not null && WarmWords > 0) StartWarming(searcher.IndexReader, cache);
            Timings?.Add(SearchPhase.Collect, started);
            return new SearchResult(collected.Total, Hits(searcher, store, collected.Top, text), collected.Facets, status);
        }
        finally
        {
            // Released on the reader itself: a rebuild may have retired the manager that handed it out.
            searcher.IndexReader.DecRef();
        }
    }

    /// <summary>Matching articles from which a search's outcome is kept for its reader (<see cref="CollectedCache"/>);
    /// null: none kept nor looked up (the bench's measure of a first search).</summary>
    internal long? CacheFrom { get; set; } = CollectedCache.From;

    /// <summary>Thread CPU from which a pass is kept whatever it matched (a phrase of two frequent words reads both
    /// words' positions for a few hits); null: by matches alone (tests: a first search's JIT costs more than this).</summary>
    internal TimeSpan? CacheCost { get; set; } = CollectedCache.Cost;

    /// <summary>Whether a conjunction of frequent words is scored as their disjunction over the articles holding
    /// every word (<see cref="FrequentConjunction"/>); off only for the bench to compare the two in one run.</summary>
    internal bool SplitConjunctions { get; set; } = true;

    /// <summary>Searches whose index part came from <see cref="CollectedCache"/> (the bench reports it; tests check it).</summary>
    internal long AnsweredFromCache => Interlocked.Read(ref _answeredFromCache);

    /// <summary>How many of the index's most frequent words are searched in advance on each new reader
    /// (<see cref="CacheWarming"/>): a server's service warms <see cref="CacheWarming.Words"/>; one that answers one
    /// command and exits (<see cref="Open"/>) none.</summary>
    internal int WarmWords { get; set; }

    /// <summary>The last reader's warming, or null before any (the bench times it; tests wait for it).</summary>
    internal Task<CacheWarming.Outcome>? Warming { get; private set; }

    /// <summary>Warms the reader's cache on a background thread, once per reader: the first search on a new reader
    /// (after a start or a refresh) starts it and does not wait for it. The reader is held open until it ends.</summary>
    private void StartWarming(IndexReader reader, CollectedCache cache)
    {
        if (!cache.ClaimWarming()) return;
        var count = WarmWords;
        var minimum = CacheFrom ?? CollectedCache.From;
        lock (_indexLock)
        {
            if (_disposed) return;
            // An older reader's warming stops at its next word: its answers will not be asked for.
            _warmingStop?.Cancel();
            var stop = _warmingStop = new CancellationTokenSource();
            // What users asked of the previous reader, read now: searches still arriving on it are not carried.
            var carried = _lastWarmed?.Asked(CacheWarming.Carried) ?? [];
            _lastWarmed = cache;
            reader.IncRef();
            Warming = Task.Run(() =>
            {
                try
                {
                    return CacheWarming.Run(new IndexSearcher(reader), cache, count, minimum, carried, stop.Token);
                }
                finally
                {
                    reader.DecRef();
                }
            });
            _warmings.RemoveAll(t => t.IsCompleted);
            _warmings.Add(Warming);
        }
    }

    /// <summary>One pass over every match (<see cref="HitCollector"/>): the text scored with the filters as accepted
    /// documents when they accept many (<see cref="FilterBits"/>), else as zero-weight required clauses. A conjunction
    /// of frequent words is scored as their disjunction, the articles holding every word accepted beside the filters
    /// (<see cref="FrequentConjunction"/>).</summary>
    internal static Collected Collect(IndexSearcher searcher, QueryBuilder.Parsed parsed, Query text, SearchQuery query, bool splitConjunctions = true)
    {
        using var collector = new HitCollector(searcher.IndexReader, query.Sort, query.Limit);
        var scored = text;
        var filters = parsed.Filters;
        if (splitConjunctions && FrequentConjunction.Split(text, searcher.IndexReader) is { } split)
            (scored, filters) = (split.Any, [.. parsed.Filters, .. split.Required]);
        using var accepted = filters.Count > 0 ? FilterBits.For(searcher.IndexReader, filters) : null;
        if (accepted is not null && accepted.Dense(searcher.IndexReader))
        {
            collector.ScoreInOrder = BucketScoring.InOrderIsTheSame(scored);
            accepted.Search(searcher, scored, collector);
        }
        else
        {
            var whole = QueryBuilder.WithFilters(text, parsed.Filters);
            collector.ScoreInOrder = BucketScoring.InOrderIsTheSame(whole);
            var weight = BucketBooleanQuery.Weigh(searcher, whole);
            foreach (var leaf in searcher.IndexReader.Leaves) BucketScoring.Score(weight, leaf, leaf.AtomicReader.LiveDocs, collector);
        }
        return new Collected(collector.Total, collector.Top(), Facets(collector, query), collector.Matched);
    }

    /// <summary>The manager of the index as the store last recorded it: refreshed when that record changed since the
    /// last search, replaced when a rebuild swapped in a new build (its files may reuse the old segment names).</summary>
    private SearcherManager? Current(string? recorded)
    {
        lock (_indexLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_manager is not null && recorded == _seenStamp) return _manager;
            var directory = new MappedIndexDirectory(new DirectoryInfo(SearchIndex.PathIn(_folder)));
            var build = DirectoryReader.IndexExists(directory) ? SearchIndex.BuildOf(DirectoryReader.ListCommits(directory)[^1].UserData) : null;
            if (!DirectoryReader.IndexExists(directory))
                directory.Dispose();
            else if (_manager is null || build != _build)
            {
                _manager?.Dispose();
                _manager = new SearcherManager(directory, null);
                _directories.Add(directory);
                _build = build;
            }
            else
            {
                directory.Dispose();
                _manager.MaybeRefreshBlocking();
            }
            _seenStamp = recorded;
            return _manager;
        }
    }

    private object StoreLock(MarsadStore store) => ReferenceEquals(store, _store) ? _storeLock : new object();

    private static string? RecordedStamp(MarsadStore store)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT stamp FROM search_index WHERE id = 1";
        return command.ExecuteScalar() as string;
    }

    private List<SearchHit> Hits(IndexSearcher searcher, MarsadStore store, IReadOnlyList<(HitCollector.Candidate Hit, int Duplicates)> top, Query lucene)
    {
        var started = Mark();
        var reader = searcher.IndexReader;
        // Stored fields of the hits shown only: the id, to read the article from the store.
        var ids = top.Select(h => searcher.Doc(h.Hit.Doc).Get(SearchFields.Id)).ToList();
        Timings?.Add(SearchPhase.Articles, started);
        started = Mark();
        // Where the snippets stand is known from the postings before any text is read: each article's text is read as
        // far as its snippets reach (SnippetBuilder.Reach), not whole.
        var highlight = HighlightTerms.Of(lucene);
        var words = HitOccurrences.Read(reader, [.. top.Select(h => h.Hit.Doc)], highlight);
        var found = new List<SnippetBuilder.Occurrence>[top.Count];
        var windows = new List<(int From, int To)>[top.Count];
        var reach = new int[top.Count];
        for (var i = 0; i < top.Count; i++)
        {
            found[i] = SnippetBuilder.Find(words[i], highlight);
            windows[i] = SnippetBuilder.Windows(found[i]);
            reach[i] = SnippetBuilder.Reach(found[i], windows[i]);
        }
        Timings?.Add(SearchPhase.Snippets, started);
        started = Mark();
        Dictionary<string, (HitArticle Article, string Text)> articles;
        lock (StoreLock(store)) articles = ReadArticles(store, ids, reach);
        Timings?.Add(SearchPhase.Articles, started);
        started = Mark();
        var hits = new List<SearchHit>(top.Count);
        for (var i = 0; i < top.Count; i++)
        {
            // An article deleted from the store after indexing is left out rather than shown without its text.
            if (!articles.TryGetValue(ids[i], out var article)) continue;
            hits.Add(new SearchHit(article.Article, top[i].Hit.Score, top[i].Duplicates, SnippetBuilder.Build(article.Text, found[i], windows[i])));
        }
        Timings?.Add(SearchPhase.Snippets, started);
        return hits;
    }

    /// <summary>The articles of <paramref name="ids"/>, each text cut to its first <paramref name="reach"/> characters.
    /// The store counts characters in code points, a .NET string in UTF-16 units (two for a character beyond the
    /// Basic Multilingual Plane), so a prefix of n code points holds at least the text's first n UTF-16 units: the
    /// prefix a snippet's offsets need, or the whole text when it is shorter.</summary>
    private static Dictionary<string, (HitArticle, string)> ReadArticles(MarsadStore store, List<string> ids, int[] reach)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = """
            SELECT a.id, a.source_id, a.outlet, a.title, a.published, substr(a.text, 1, w.reach)
            FROM (SELECT json_extract(value, '$.id') AS id, CAST(json_extract(value, '$.reach') AS INTEGER) AS reach FROM json_each($hits)) AS w
            JOIN articles a ON a.id = w.id
            """;
        command.Parameters.AddWithValue("$hits", System.Text.Json.JsonSerializer.Serialize(ids.Select((id, i) => new HitReach(id, reach[i]))));
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, (HitArticle, string)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var (id, text) = (reader.GetString(0), reader.GetString(5));
            // An id listed twice (two index documents of one article) keeps its longer cut.
            if (result.TryGetValue(id, out var seen) && seen.Item2.Length >= text.Length) continue;
            result[id] = (new HitArticle(id, Text(1), Text(2), Text(3),
                Text(4) is { } published ? DateTimeOffset.Parse(published, CultureInfo.InvariantCulture) : null), text);
        }
        return result;
    }

    private sealed record HitReach(
        [property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id,
        [property: System.Text.Json.Serialization.JsonPropertyName("reach")] int Reach);

    private static bool EntityExists(MarsadStore store, string id)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM entities WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is not null;
    }

    private static SearchFacets Facets(HitCollector counts, SearchQuery query) => new(
        [.. Nonzero(counts.OutletCounts, counts.Outlets).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)],
        // Days in global ordinal order, which is the order of their yyyy-MM-dd bytes: chronological.
        [.. Nonzero(counts.DayCounts, counts.Days)],
        [.. TopEntities(counts.EntityCounts, counts.Entities.Count, query.EntityFacetSize).Select(ord => KeyValuePair.Create(counts.Entities.Value(ord), (long)counts.EntityCounts[ord]))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)]);

    private static IEnumerable<KeyValuePair<string, long>> Nonzero(int[] counts, FacetOrdinals values)
    {
        // The first Count slots: the arrays are pooled and may be longer.
        for (var ord = 0; ord < values.Count; ord++)
            if (counts[ord] > 0) yield return KeyValuePair.Create(values.Value(ord), (long)counts[ord]);
    }

    /// <summary>The ordinals of the <paramref name="size"/> most frequent entities (ties: the smaller ordinal, i.e. the
    /// id first in byte order); only those are turned back into ids.</summary>
    private static List<int> TopEntities(int[] counts, int length, int size)
    {
        var heap = new PriorityQueue<int, (int Count, int Ord)>(size + 1,
            Comparer<(int Count, int Ord)>.Create((a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
        for (var ord = 0; ord < length && size > 0; ord++)
        {
            if (counts[ord] == 0) continue;
            if (heap.Count < size) heap.Enqueue(ord, (counts[ord], ord));
            else if (heap.TryPeek(out _, out var worst) && (counts[ord] > worst.Count)) heap.EnqueueDequeue(ord, (counts[ord], ord));
        }
        return [.. heap.UnorderedItems.Select(e => e.Element)];
    }

    public void Dispose()
    {
        lock (_indexLock)
        {
            if (_disposed) return;
            _disposed = true;
            // A warming reads the mapped files the directories unmap: it stops at its next word and is waited for.
            _warmingStop?.Cancel();
            try
            {
                Task.WaitAll([.. _warmings]);
            }
            catch (AggregateException)
            {
                // A warming that failed kept nothing; there is nothing left to keep it for.
            }
            _manager?.Dispose();
            foreach (var directory in _directories) directory.Dispose();
        }
    }
}
