using Marsad.Search;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

public sealed class SearchServiceRefreshTests
{
    [Fact]
    public void AnOpenServiceSeesArticlesIngestedLaterAndSurvivesAReindex()
    {
        using var folder = new TempFolder();
        CliRunner.Run("ingest", Path.Combine(RepoPaths.Samples, "nile-water"), "--data", folder.Path);
        using var store = MarsadStore.Open(folder.Path);
        using var service = SearchService.Open(store);
        Assert.Equal(0, service.Search(new SearchQuery("فدية")).Total);

        // A server keeps its service open while another process ingests and rebuilds the index.
        CliRunner.Run("ingest", Path.Combine(RepoPaths.Samples, "amman-cyber"), "--data", folder.Path);
        Assert.Equal(1, service.Search(new SearchQuery("فدية")).Total);

        Assert.Equal(0, CliRunner.Run("reindex", "--data", folder.Path).ExitCode);
        var afterRebuild = service.Search(new SearchQuery("فدية"));
        Assert.Equal(1, afterRebuild.Total);
        Assert.Equal(1, afterRebuild.Hits.Single().Duplicates);
        Assert.Equal(3, service.Search(new SearchQuery("مصر")).Total);
    }
}
