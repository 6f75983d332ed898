using Marsad.Search;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

public sealed class SearchServiceRefreshTests
{
    [Fact]
    public void AnOpenServiceSeesArticlesAnalysedLaterAndSurvivesAReindex()
    {
        using var folder = new TempFolder();
        CliRunner.Run("ingest", Path.Combine(RepoPaths.Samples, "nile-water"), "--data", folder.Path);
        using var store = MarsadStore.Open(folder.Path);
        using var service = SearchService.Open(store);
        Assert.Equal(0, service.Search(new SearchQuery("فدية")).Total);

        // A server keeps its service open while another process analyses (stories find the repost) and rebuilds the index.
        CliRunner.Run("analyze", Path.Combine(RepoPaths.Samples, "amman-cyber"), "--data", folder.Path);
        var afterAnalysis = service.Search(new SearchQuery("فدية"));
        Assert.Equal(1, afterAnalysis.Total);
        Assert.Equal(1, afterAnalysis.Hits.Single().Duplicates);

        Assert.Equal(0, CliRunner.Run("reindex", "--data", folder.Path).ExitCode);
        var afterRebuild = service.Search(new SearchQuery("فدية"));
        Assert.Equal(1, afterRebuild.Total);
        Assert.Equal(1, afterRebuild.Hits.Single().Duplicates);
        Assert.Equal(3, service.Search(new SearchQuery("مصر")).Total);
    }

    [Fact]
    public void AServersLongLivedServiceFindsAnIndexBuiltAfterItStartedAndSeesLaterIngests()
    {
        using var folder = new TempFolder();
        using var service = WithStore(folder.Path, SearchService.ForFolder);
        Assert.Equal(0, Search(service, folder.Path, "*").Total);

        CliRunner.Run("ingest", Path.Combine(RepoPaths.Samples, "nile-water"), "--data", folder.Path);
        Assert.Equal(3, Search(service, folder.Path, "*").Total);

        CliRunner.Run("ingest", Path.Combine(RepoPaths.Samples, "amman-cyber"), "--data", folder.Path);
        var ransom = Search(service, folder.Path, "فدية");
        // Ingested, not analysed: the stories step has not compared the repost yet, so it is a hit of its own.
        Assert.Equal(2, ransom.Total);
        Assert.All(ransom.Hits, h => Assert.Equal(0, h.Duplicates));
        // The status is the index as it is now, not as it was when the service last looked.
        Assert.True(ransom.Index.Fresh);
        Assert.Equal(6, ransom.Index.Documents);
    }

    private static SearchResult Search(SearchService service, string folder, string text) =>
        WithStore(folder, store => service.Search(new SearchQuery(text), store));

    // Each request of a server brings a connection of its own, as StoreAccess lends them.
    private static T WithStore<T>(string folder, Func<MarsadStore, T> use)
    {
        using var store = MarsadStore.Open(folder);
        return use(store);
    }
}
