using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marsad.Storage;

namespace Marsad.Search;

/// <summary>
/// Answers <see cref="SearchQuery"/>s from the search index of a store: the hits (near duplicates collapsed into one
/// with a count), their snippets with highlights in the original text, facet counts, and whether the index is up to
/// date (<see cref="IndexStatus"/>: a stale index still answers, and says so). Thread-safe: searches run in parallel
/// on one Lucene reader, reopened when the index has changed; reads of the store are serialised, as it requires.
/// </summary>
public sealed class SearchService : IDisposable
{
    private static readonly TimeSpan s_statusAge = TimeSpan.FromSeconds(5);

    private readonly MarsadStore _store;
    private readonly System.Threading.Lock _storeLock = new();
    private readonly System.Threading.Lock _readerLock = new();
    private FSDirectory? _directory;
    private DirectoryReader? _reader;
    private IndexStatus _status;
    private long _statusAt;

    private SearchService(MarsadStore store, IndexStatus status)
    {
        _store = store;
        _status = status;
        _statusAt = Stopwatch.GetTimestamp();
        if (!status.Exists) return;
        _directory = FSDirectory.Open(SearchIndex.PathIn(store.Folder));
        _reader = DirectoryReader.Open(_directory);
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
        return new SearchService(store, status);
    }

    /// <summary>Whether the index holds what the store holds (checked at most every few seconds).</summary>
    public IndexStatus Status
    {
        get
        {
            if (Stopwatch.GetElapsedTime(_statusAt) < s_statusAge) return _status;
            lock (_storeLock) _status = SearchIndex.Status(_store);
            _statusAt = Stopwatch.GetTimestamp();
            return _status;
        }
    }

    public SearchResult Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > SearchQuery.MaxLimit)
            throw new SearchException(SearchException.BadFilter, $"The limit must be between 1 and {SearchQuery.MaxLimit}; it was {query.Limit}.");
        RelatedTables related;
        lock (_storeLock)
        {
            related = RelatedTables.Find(_store.Connection);
            if (query.Entity is { } entity && !EntityExists(entity))
                throw new SearchException(SearchException.BadFilter, $"No entity '{entity}' is stored: 'marsad entities' lists the ids (gpe:iran, per:…).");
        }
        var lucene = QueryBuilder.Build(query, related);
        var status = Status;
        var reader = CurrentReader();
        if (reader is null) return new SearchResult(0, [], new SearchFacets([], [], []), status);
        try
        {
            return Run(query, lucene, reader, status);
        }
        finally
        {
            reader.DecRef();
        }
    }

    private SearchResult Run(SearchQuery query, Query lucene, DirectoryReader reader, IndexStatus status)
    {
        var searcher = new IndexSearcher(reader);
        var wanted = Math.Max(query.Limit * 3, query.Limit + 10);
        while (true)
        {
            var counter = new MatchCounter();
            ITopDocsCollector top = query.Sort == SearchSort.Date
                ? TopFieldCollector.Create(new Sort(new SortField(SearchFields.Published, SortFieldType.INT64, true), SortField.FIELD_SCORE),
                    wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
                : TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);
            searcher.Search(lucene, MultiCollector.Wrap((ICollector)top, counter));
            counter.Finish();
            var docs = top.GetTopDocs();
            var collapsed = Collapse(reader, docs.ScoreDocs, counter, query.Limit);
            // Collapsing ate the hits we fetched while more matches exist: fetch deeper.
            if (collapsed.Count < query.Limit && docs.TotalHits > wanted)
            {
                wanted *= 4;
                continue;
            }
            return new SearchResult(counter.Groups.Count, Hits(searcher, collapsed, lucene), Facets(counter, query), status);
        }
    }

    private DirectoryReader? CurrentReader()
    {
        lock (_readerLock)
        {
            if (_reader is null) return null;
            // Another process (ingest, analyze, reindex) may have committed since: see its changes.
            var newer = DirectoryReader.OpenIfChanged(_reader);
            if (newer is not null && Build(newer) != Build(_reader))
            {
                // A rebuild swapped in a new index whose files may reuse the old segment names: open it afresh.
                newer.Dispose();
                var directory = FSDirectory.Open(SearchIndex.PathIn(_store.Folder));
                newer = DirectoryReader.Open(directory);
                _reader.DecRef();
                _directory?.Dispose();
                _directory = directory;
                _reader = newer;
            }
            else if (newer is not null)
            {
                // Searches in flight keep their own reference; the old reader closes when they are done.
                _reader.DecRef();
                _reader = newer;
            }
            _reader.IncRef();
            return _reader;
        }
    }

    private static string? Build(DirectoryReader reader) => SearchIndex.BuildOf(reader.IndexCommit.UserData);

    private static List<(ScoreDoc Doc, int Duplicates)> Collapse(IndexReader reader, ScoreDoc[] docs, MatchCounter counter, int limit)
    {
        var seen = new HashSet<long>();
        var hits = new List<(ScoreDoc, int)>(limit);
        foreach (var doc in docs)
        {
            var group = Group(reader, doc.Doc);
            if (!seen.Add(group)) continue;
            hits.Add((doc, counter.Groups.GetValueOrDefault(group, 1) - 1));
            if (hits.Count == limit) break;
        }
        return hits;
    }

    private static long Group(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return leaf.AtomicReader.GetNumericDocValues(SearchFields.DuplicateGroup)?.Get(doc - leaf.DocBase) ?? doc;
    }

    private List<SearchHit> Hits(IndexSearcher searcher, List<(ScoreDoc Doc, int Duplicates)> collapsed, Query lucene)
    {
        var reader = searcher.IndexReader;
        var ids = collapsed.Select(h => searcher.Doc(h.Doc.Doc).Get(SearchFields.Id)).ToList();
        Dictionary<string, (HitArticle Article, string Text)> articles;
        lock (_storeLock) articles = ReadArticles(ids);
        var highlight = HighlightTerms.Of(lucene);
        var hits = new List<SearchHit>(collapsed.Count);
        for (var i = 0; i < collapsed.Count; i++)
        {
            // An article deleted from the store after indexing is left out rather than shown without its text.
            if (!articles.TryGetValue(ids[i], out var article)) continue;
            var score = float.IsNaN(collapsed[i].Doc.Score) ? 0f : collapsed[i].Doc.Score;
            var found = SnippetBuilder.Find(reader.GetTermVector(collapsed[i].Doc.Doc, SearchFields.Text), highlight);
            hits.Add(new SearchHit(article.Article, score, collapsed[i].Duplicates, SnippetBuilder.Build(article.Text, found)));
        }
        return hits;
    }

    private Dictionary<string, (HitArticle, string)> ReadArticles(List<string> ids)
    {
        using var command = _store.Connection.CreateCommand();
        command.CommandText = "SELECT id, source_id, outlet, title, published, text FROM articles WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, (HitArticle, string)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            result[reader.GetString(0)] = (new HitArticle(reader.GetString(0), Text(1), Text(2), Text(3),
                Text(4) is { } published ? DateTimeOffset.Parse(published, CultureInfo.InvariantCulture) : null), reader.GetString(5));
        }
        return result;
    }

    private bool EntityExists(string id)
    {
        using var command = _store.Connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM entities WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is not null;
    }

    private static SearchFacets Facets(MatchCounter counter, SearchQuery query) => new(
        [.. counter.Outlets.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)],
        [.. counter.Days.OrderBy(p => p.Key).Select(p => KeyValuePair.Create(DayText(p.Key), p.Value))],
        [.. counter.Entities.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(query.EntityFacetSize)]);

    private static string DayText(int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day / 10000:D4}-{day / 100 % 100:D2}-{day % 100:D2}");

    public void Dispose()
    {
        lock (_readerLock)
        {
            _reader?.DecRef();
            _reader = null;
        }
        _directory?.Dispose();
    }
}
