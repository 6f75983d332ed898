using Marsad.Search;
using Marsad.Storage;
using Spectre.Console;

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
        catch (SearchException e)
        {
            throw new CliException(e.Message);
        }
    }

    public void Update(IEnumerable<string> articleIds)
    {
        if (_writer is null) return;
        var ids = articleIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > 0) _writer.Update(ids);
    }

    /// <summary>One line on stderr: how many articles the index holds, or why it was not updated.</summary>
    public void Report()
    {
        if (_writer is not null)
            Terminal.Error.MarkupLine($"[grey]search index: {_writer.Documents:N0} articles[/]");
        else
            Terminal.Error.MarkupLine($"[yellow]search index not updated:[/] {Markup.Escape(_before.Describe())}");
    }

    public void Dispose() => _writer?.Dispose();
}
