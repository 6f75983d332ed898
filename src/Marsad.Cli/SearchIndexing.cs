using Marsad.Search;
using Marsad.Storage;

namespace Marsad.Cli;

/// <summary>
/// Keeps the search index up to date while a command stores articles (<c>ingest</c>) or analyses (<c>analyze</c>):
/// each committed chunk is indexed and committed in turn. When the index was already stale or missing for a store
/// that holds articles, nothing is indexed (that would hide what it misses) and the command ends by saying how to
/// rebuild it.
/// </summary>
internal sealed class SearchIndexing : IDisposable
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

    /// <summary>One plain line on stderr when the index was not kept up to date, saying why and what to run.</summary>
    public void Report()
    {
        if (_writer is null) Console.Error.WriteLine($"marsad: warning: search index not updated. {_before.Describe()}");
    }

    public void Dispose() => _writer?.Dispose();
}
