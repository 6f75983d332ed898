using Marsad.Storage;

namespace Marsad.Search;

/// <summary>
/// Keeps the search index up to date while a command or an API write stores articles (<c>ingest</c>) or analyses
/// (<c>analyze</c>): each committed chunk is indexed and committed in turn. When the index was already stale or
/// missing for a store that holds articles, nothing is indexed (that would hide what it misses) and
/// <see cref="Warning"/> says how to rebuild it. Open one per write and dispose it when the write ends: it holds the
/// index's write lock.
/// </summary>
public sealed class SearchIndexing : IDisposable
{
    private SearchIndexWriter? _writer;
    private IndexStatus _before;

    public SearchIndexing(MarsadStore store)
    {
        try
        {
            _writer = SearchIndexWriter.OpenForUpdate(store, out _before);
        }
        catch (SearchException e) when (e.Code == SearchException.IndexBusy)
        {
            // Another process is writing the index: store the articles anyway and say the index missed them.
            _writer = null;
            _before = new IndexStatus(true, false, 0, [e.Detail]);
        }
        catch (IOException e)
        {
            Abandon(e);
        }
    }

    public void Update(IEnumerable<string> articleIds)
    {
        if (_writer is null) return;
        var ids = articleIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return;
        try
        {
            _writer.Update(ids);
        }
        catch (IOException e)
        {
            Abandon(e);
        }
    }

    /// <summary>
    /// The index cannot be read or written (a file of it is missing or unreadable): the articles are already stored, so
    /// the write goes on without the index, which stays as its last commit left it. The store's record of the index is
    /// then behind the store, so the index reports itself stale and <see cref="Warning"/> says to rebuild it.
    /// </summary>
    private void Abandon(IOException error)
    {
        // Rolling back a writer over a broken index can fail in turn; the index is already what its last commit says.
        try { _writer?.Dispose(); }
        catch (IOException) { }
        _writer = null;
        _before = new IndexStatus(true, false, 0, [$"the index could not be updated ({error.GetType().Name}: {error.Message})"]);
    }

    /// <summary>One plain sentence when the index was not kept up to date, saying why and what to run; null when it was.</summary>
    public string? Warning => _writer is null ? $"search index not updated. {_before.Describe()}" : null;

    public void Dispose() => _writer?.Dispose();
}
