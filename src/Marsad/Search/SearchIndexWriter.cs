using System.Data.Common;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Storage;

namespace Marsad.Search;

/// <summary>
/// Writes the search index from the store: <see cref="Rebuild"/> makes it anew (<c>marsad reindex</c>) in a
/// separate folder swapped in when complete, so a failed rebuild leaves the old index; <see cref="OpenForUpdate"/>
/// keeps an up-to-date index up to date as <c>ingest</c> and <c>analyze</c> store articles. Every commit records the
/// store's <see cref="IndexStamp"/> in the index and in the store. An index that was already stale is not updated
/// (that would hide what it misses): the caller says so and the user reindexes.
/// One writer at a time across processes: every writer holds the data folder's <see cref="ExclusiveFileLockFactory"/>
/// lock (waiting for it up to <see cref="LockWait"/>), an update for one chunk, a rebuild until its folder is swapped in.
/// Same threading rule as the store: one writer.
/// </summary>
public sealed class SearchIndexWriter : IDisposable
{
    private readonly MarsadStore _store;
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly string _build;

    /// <summary>The store's record of the index this update extends (null for a rebuild): see <see cref="SearchIndex.ExtendedKey"/>.</summary>
    private string? _extends;
    private bool _disposed;

    /// <summary>How long a writer waits for another process's update or rebuild of the index to finish.</summary>
    public static TimeSpan LockWait { get; set; } = TimeSpan.FromSeconds(30);

    private SearchIndexWriter(MarsadStore store, string folder, bool create, LockFactory locks)
    {
        _store = store;
        _directory = FSDirectory.Open(folder, locks);
        try
        {
            _writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer())
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 64,
                WriteLockTimeout = (long)LockWait.TotalMilliseconds,
            });
        }
        catch (LockObtainFailedException e)
        {
            _directory.Dispose();
            throw Busy(folder, e);
        }
        catch
        {
            _directory.Dispose();
            throw;
        }
        // Updates keep the build id of the index they extend; a rebuild is a new build (see SearchIndex.BuildKey).
        _build = (create ? null : ExistingBuild(_directory)) ?? Guid.NewGuid().ToString("N");
    }

    /// <summary>Articles in the index after the last commit.</summary>
    public long Documents => _writer.NumDocs;

    /// <summary>Makes the index anew from every article in the store; returns the number indexed.</summary>
    public static long Rebuild(MarsadStore store, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var final = SearchIndex.PathIn(store.Folder);
        // The folder's write lock for the whole rebuild and the swap: updates wait for it, then find the new index.
        using var folderLock = new ExclusiveFileLockFactory(store.Folder).MakeLock(IndexWriter.WRITE_LOCK_NAME);
        try
        {
            folderLock.Obtain((long)LockWait.TotalMilliseconds);
        }
        catch (LockObtainFailedException e)
        {
            throw Busy(final, e);
        }
        // What is listed for indexing up to now is in the store the rebuild reads; later entries wait for an update.
        var listed = SearchPending.Read(store.Connection, idsToo: false).UpTo;
        var building = final + ".building";
        if (System.IO.Directory.Exists(building)) System.IO.Directory.Delete(building, recursive: true);
        long count;
        // The folder lock is held: the new folder needs none of its own.
        using (var writer = new SearchIndexWriter(store, building, create: true, NoLockFactory.GetNoLockFactory()))
        {
            var stamp = IndexStamp.Read(store);
            var groups = DuplicateKeys.All(store);
            foreach (var chunk in IndexRecord.Read(store.Connection))
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.Add(chunk, id => groups.TryGetValue(id, out var group) ? group : null, update: false);
                progress?.Report(writer._writer.MaxDoc);
            }
            writer._writer.ForceMerge(1);
            count = writer.CommitWith(stamp, record: false);
            writer.Dispose();
            var retired = final + ".old";
            if (System.IO.Directory.Exists(retired)) System.IO.Directory.Delete(retired, recursive: true);
            if (System.IO.Directory.Exists(final)) System.IO.Directory.Move(final, retired);
            System.IO.Directory.Move(building, final);
            if (System.IO.Directory.Exists(retired)) System.IO.Directory.Delete(retired, recursive: true);
            SearchIndex.Record(store.Connection, stamp.Serialize(), count);
            SearchPending.Remove(store.Connection, listed);
        }
        return count;
    }

    /// <summary>
    /// A writer that keeps the index up to date as articles are stored, or null (with the status saying why) when the
    /// index is stale, for reasons other than what <see cref="SearchPending"/> lists, or missing for a store that holds
    /// articles not listed: updating it would hide what it misses. Holds the folder's write lock until disposed (waits
    /// up to <see cref="LockWait"/> for it, then throws <see cref="SearchException.IndexBusy"/>); the status is read
    /// under the lock, so no other process's update or rebuild falls between the check and the write.
    /// </summary>
    public static SearchIndexWriter? OpenForUpdate(MarsadStore store, out IndexStatus status)
    {
        ArgumentNullException.ThrowIfNull(store);
        var writer = new SearchIndexWriter(store, SearchIndex.PathIn(store.Folder), create: false, new ExclusiveFileLockFactory(store.Folder));
        try
        {
            status = SearchIndex.Extendable(store);
        }
        catch
        {
            writer.Dispose();
            throw;
        }
        if (status.Fresh) return writer;
        writer.Dispose();
        return null;
    }

    private static SearchException Busy(string folder, Exception cause) =>
        new(SearchException.IndexBusy, $"Another Marsad process is writing the search index in {folder}; wait for it to finish.", cause);

    /// <summary>
    /// Indexes (or re-indexes) the articles named and every article <see cref="SearchPending"/> lists (saved by any
    /// process, one killed before it could index them too), as the store holds them now, commits, and takes what it
    /// indexed off the list. Their near-duplicate groups may have grown, merged or split since the other members were
    /// indexed: every indexed article whose group key is no longer what the store says is indexed again with it.
    /// </summary>
    public void Update(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        // The stamp before the list: a save between the two is indexed but not claimed, so the index errs on stale.
        var stamp = IndexStamp.Read(_store);
        var listed = SearchPending.Read(_store.Connection, idsToo: true);
        _extends = SearchIndex.RecordedStamp(_store.Connection);
        var named = articleIds.Concat(listed.Ids).ToHashSet(StringComparer.Ordinal);
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        var indexed = new IndexedGroups(reader);
        // The groups as the index has them (a group may have split) and as the store has them now (or grown, or merged).
        var before = named.SelectMany(indexed.Members).ToHashSet(StringComparer.Ordinal);
        var now = DuplicateKeys.Around(_store.Connection, named.Concat(before));
        var changed = named.Concat(before).Concat(now.Keys).Distinct(StringComparer.Ordinal)
            .Where(id => named.Contains(id) || indexed.KeyOf(id) != now.GetValueOrDefault(id))
            .ToList();
        foreach (var chunk in IndexRecord.Read(_store.Connection, changed))
            Add(chunk, id => now.GetValueOrDefault(id), update: true);
        CommitWith(stamp, record: true);
        SearchPending.Remove(_store.Connection, listed.UpTo);
    }

    /// <summary>Group keys as the index holds them (a near-real-time reader of this writer).</summary>
    private sealed class IndexedGroups(DirectoryReader reader)
    {
        private readonly IndexSearcher _searcher = new(reader);
        private readonly SortedDocValues? _keys = MultiDocValues.GetSortedValues(reader, SearchFields.DuplicateGroup);

        public long? KeyOf(string id)
        {
            if (_keys is null) return null;
            var top = _searcher.Search(new TermQuery(new Term(SearchFields.Id, id)), 1);
            if (top.TotalHits == 0 || _keys.GetOrd(top.ScoreDocs[0].Doc) is not (var ord and >= 0)) return null;
            var term = new BytesRef();
            _keys.LookupOrd(ord, term);
            return IndexDocument.GroupKey(term);
        }

        /// <summary>The article and the other members of its group in the index.</summary>
        public IEnumerable<string> Members(string id)
        {
            if (KeyOf(id) is not { } key) return [id];
            var query = new TermQuery(new Term(SearchFields.DuplicateGroup, IndexDocument.GroupTerm(key)));
            var count = new TotalHitCountCollector();
            _searcher.Search(query, count);
            var members = _searcher.Search(query, Math.Max(1, count.TotalHits));
            return members.ScoreDocs.Select(m => _searcher.Doc(m.Doc).Get(SearchFields.Id)).Append(id);
        }
    }

    private void Add(IReadOnlyList<IndexRecord> chunk, Func<string, long?> groupOf, bool update) =>
        // Terms on all cores; Lucene's writer is thread-safe.
        Parallel.For(0, chunk.Count, i =>
        {
            var document = IndexDocument.Build(chunk[i], groupOf(chunk[i].Id));
            if (update) _writer.UpdateDocument(new Term(SearchFields.Id, chunk[i].Id), document);
            else _writer.AddDocument(document);
        });

    private long CommitWith(IndexStamp stamp, bool record)
    {
        var serialized = stamp.Serialize();
        var data = new Dictionary<string, string> { [SearchIndex.StampKey] = serialized, [SearchIndex.BuildKey] = _build };
        if (_extends is not null) data[SearchIndex.ExtendedKey] = _extends;
        _writer.SetCommitData(data);
        _writer.Commit();
        var documents = _writer.NumDocs;
        if (record) SearchIndex.Record(_store.Connection, serialized, documents);
        return documents;
    }

    private static string? ExistingBuild(Lucene.Net.Store.Directory directory) =>
        DirectoryReader.IndexExists(directory) ? SearchIndex.BuildOf(DirectoryReader.ListCommits(directory)[^1].UserData) : null;

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        // Lucene's Dispose commits what is pending, without our stamp; every change worth keeping was committed with
        // it already, so anything else (an update cut short) is rolled back.
        _writer.Rollback();
        _directory.Dispose();
    }
}
