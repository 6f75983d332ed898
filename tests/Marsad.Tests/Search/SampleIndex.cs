using Marsad.Search;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

/// <summary>The samples analysed once into a data folder (so entities are stored) and indexed by <c>analyze</c> itself.</summary>
public sealed class SampleIndex : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleIndex()
    {
        var result = CliRunner.Run("analyze", RepoPaths.Samples, "--json", "--data", _folder.Path);
        if (result.ExitCode != 0) throw new InvalidOperationException(result.Stderr);
    }

    public string Folder => _folder.Path;

    public SearchResult Search(SearchQuery query)
    {
        using var store = MarsadStore.Open(Folder);
        using var service = SearchService.Open(store);
        return service.Search(query);
    }

    public void Dispose() => _folder.Dispose();
}
