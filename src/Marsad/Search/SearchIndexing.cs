using Marsad.Storage;

namespace Marsad.Search;

/// <summary>
/// Keeps the search index up to date while a command or an API write stores articles (<c>ingest</c>) or analyses
/// (<c>analyze</c>): after each committed chunk the index is opened under the data folder's write lock (so processes
/// sharing the folder take turns), every article <see cref="SearchPending"/> lists — this chunk's and any other
/// process's not yet indexed — is indexed and committed, and the lock is released. When the index was stale or missing
/// for a store that holds articles, nothing is indexed (that would hide what it misses) and <see cref="Warning"/> says
/// how to rebuild it. Open one per write and dispose it when the write ends.
/// </summary>
public sealed class SearchIndexing : IDisposable
{
    private readonly MarsadStore _store;

    /// <summary>Why the index is not up to date after this write so far, or null when the last chunk was indexed.</summary>
    private string? _missed;

    /// <summary>The index cannot be extended (stale for a reason no update fixes, or missing): no chunk tries.</summary>
    private bool _refused;

    public SearchIndexing(MarsadStore store)
    {
        _store = store;
        try
        {
            var status = SearchIndex.Extendable(store, startingWrite: true);
            if (!status.Fresh) Refuse(status);
        }
        catch (IOException e)
        {
            // The last commit cannot be read: each chunk tries again (and says why when it fails too).
            Unreadable(e);
        }
    }

    public void Update(IEnumerable<string> articleIds)
    {
        if (_refused) return;
        var ids = articleIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return;
        try
        {
            using var writer = SearchIndexWriter.OpenForUpdate(_store, out var status);
            if (writer is null)
            {
                Refuse(status);
                return;
            }
            writer.Update(ids);
            _missed = null;
        }
        catch (SearchException e) when (e.Code == SearchException.IndexBusy)
        {
            // Another process held the index past the wait: this chunk stays listed for whichever update comes next.
            _missed = "another Marsad process held the search index too long; what was stored stays listed, and the next update or 'marsad reindex' indexes it.";
        }
        catch (IOException e)
        {
            Unreadable(e);
        }
    }

    /// <summary>
    /// A file of the index is missing or unreadable: the articles are stored and stay listed; the index stays as its last
    /// commit left it, its record behind the store, so it reports itself stale.
    /// </summary>
    private void Unreadable(IOException e) =>
        _missed = $"The search index is out of date: the index could not be updated ({e.GetType().Name}: {e.Message}). Run 'marsad reindex'.";

    private void Refuse(IndexStatus status)
    {
        _refused = true;
        _missed = status.Describe();
    }

    /// <summary>One plain sentence when the index was not kept up to date, saying why and what to run; null when it was.</summary>
    public string? Warning => _missed is null ? null : $"search index not updated. {_missed}";

    /// <summary>Nothing is held between chunks; kept so every write scopes its indexing the same way.</summary>
    public void Dispose() { }
}
