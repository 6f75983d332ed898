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
    private readonly SearchIndexWriter? _writer;
    private readonly IndexStatus _before;

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
    }

    public void Update(IEnumerable<string> articleIds)
    {
        if (_writer is null) return;
        var ids = articleIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > 0) _writer.Update(ids);
    }

    /// <summary>One plain sentence when the index was not kept up to date, saying why and what to run; null when it was.</summary>
    public string? Warning => _writer is null ? $"search index not updated. {_before.Describe()}" : null;

    public void Dispose() => _writer?.Dispose();
}
