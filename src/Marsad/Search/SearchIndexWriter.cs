using Lucene.Net.Index;
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
/// Same threading rule as the store: one writer.
/// </summary>
public sealed class SearchIndexWriter : IDisposable
{
    private readonly MarsadStore _store;
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly NearDuplicates _duplicates;
    private readonly string _build;
    private bool _disposed;

    private SearchIndexWriter(MarsadStore store, string folder, bool create)
    {
        _store = store;
        string? existingBuild = null;
        _directory = FSDirectory.Open(folder);
        try
        {
            _writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer())
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 64,
            });
        }
        catch (LockObtainFailedException e)
        {
            _directory.Dispose();
            throw new SearchException(SearchException.IndexBusy, $"Another Marsad process is writing the search index in {folder}; wait for it to finish.", e);
        }
        _duplicates = create ? new NearDuplicates() : LoadDuplicates(_writer, out existingBuild);
        _build = existingBuild ?? Guid.NewGuid().ToString("N");
    }

    /// <summary>Articles in the index after the last commit.</summary>
    public long Documents => _writer.NumDocs;

    /// <summary>Makes the index anew from every article in the store; returns the number indexed.</summary>
    public static long Rebuild(MarsadStore store, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var final = SearchIndex.PathIn(store.Folder);
        var building = final + ".building";
        if (System.IO.Directory.Exists(building)) System.IO.Directory.Delete(building, recursive: true);
        long count;
        using (var writer = new SearchIndexWriter(store, building, create: true))
        {
            var stamp = IndexStamp.Read(store);
            foreach (var chunk in IndexRecord.Read(store.Connection))
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.Add(chunk, update: false);
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
        }
        return count;
    }

    /// <summary>
    /// A writer that keeps the index up to date as articles are stored, or null (with the status saying why) when the
    /// index is stale or missing for a store that holds articles: updating it would hide what it misses.
    /// </summary>
    public static SearchIndexWriter? OpenForUpdate(MarsadStore store, out IndexStatus status)
    {
        ArgumentNullException.ThrowIfNull(store);
        status = SearchIndex.Status(store);
        if (!status.Fresh) return null;
        var folder = SearchIndex.PathIn(store.Folder);
        return new SearchIndexWriter(store, folder, create: !status.Exists);
    }

    /// <summary>Indexes (or re-indexes) the articles named, as the store holds them now, and commits.</summary>
    public void Update(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        foreach (var chunk in IndexRecord.Read(_store.Connection, [.. articleIds.Distinct(StringComparer.Ordinal)]))
            Add(chunk, update: true);
        CommitWith(IndexStamp.Read(_store), record: true);
    }

    private void Add(IReadOnlyList<IndexRecord> chunk, bool update)
    {
        // Terms on all cores; groups in storage order (the first article of a group names it); Lucene's writer is thread-safe.
        var prepared = new IndexDocument.Prepared[chunk.Count];
        Parallel.For(0, chunk.Count, i => prepared[i] = IndexDocument.Prepare(chunk[i]));
        var groups = new long[chunk.Count];
        for (var i = 0; i < chunk.Count; i++) groups[i] = _duplicates.Assign(chunk[i].Id, prepared[i].Signature);
        Parallel.For(0, chunk.Count, i =>
        {
            var document = IndexDocument.Build(prepared[i], groups[i]);
            if (update) _writer.UpdateDocument(new Term(SearchFields.Id, chunk[i].Id), document);
            else _writer.AddDocument(document);
        });
    }

    private long CommitWith(IndexStamp stamp, bool record)
    {
        var serialized = stamp.Serialize();
        _writer.SetCommitData(new Dictionary<string, string> { [SearchIndex.StampKey] = serialized, [SearchIndex.BuildKey] = _build });
        _writer.Commit();
        var documents = _writer.NumDocs;
        if (record) SearchIndex.Record(_store.Connection, serialized, documents);
        return documents;
    }

    private static NearDuplicates LoadDuplicates(IndexWriter writer, out string? build)
    {
        var duplicates = new NearDuplicates();
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        build = DirectoryReader.IndexExists(writer.Directory) ? SearchIndex.BuildOf(DirectoryReader.ListCommits(writer.Directory)[^1].UserData) : null;
        foreach (var leaf in reader.Leaves)
        {
            var signatures = leaf.AtomicReader.GetBinaryDocValues(SearchFields.Signature);
            var present = leaf.AtomicReader.GetDocsWithField(SearchFields.Signature);
            var groups = leaf.AtomicReader.GetNumericDocValues(SearchFields.DuplicateGroup);
            var live = leaf.AtomicReader.LiveDocs;
            if (signatures is null || present is null || groups is null) continue;
            var bytes = new BytesRef();
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if ((live is not null && !live.Get(doc)) || !present.Get(doc)) continue;
                signatures.Get(doc, bytes);
                if (NearDuplicates.FromBytes(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)) is { } signature)
                    duplicates.Add(signature, groups.Get(doc));
            }
        }
        return duplicates;
    }

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
