using Marsad.Search;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

public sealed class SqliteSearchServiceRefreshTests() : SearchServiceRefreshTests(StoreKind.Sqlite);

public sealed class PostgreSqlSearchServiceRefreshTests() : SearchServiceRefreshTests(StoreKind.PostgreSql);

/// <summary>A long-lived <see cref="SearchService"/> (as a server keeps) on each kind of store follows what other processes store.</summary>
public abstract class SearchServiceRefreshTests(StoreKind kind)
{
    [Fact]
    public void AnOpenServiceSeesArticlesAnalysedLaterAndSurvivesAReindex()
    {
        using var target = TestStore.Create(kind);
        CliRunner.Run(target.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water")));
        using var store = target.Open();
        using var service = SearchService.Open(store);
        Assert.Equal(0, service.Search(new SearchQuery("فدية")).Total);

        // A server keeps its service open while another process analyses (stories find the repost) and rebuilds the index.
        CliRunner.Run(target.With("analyze", Path.Combine(RepoPaths.Samples, "amman-cyber")));
        var afterAnalysis = service.Search(new SearchQuery("فدية"));
        Assert.Equal(1, afterAnalysis.Total);
        Assert.Equal(1, afterAnalysis.Hits.Single().Duplicates);

        Assert.Equal(0, CliRunner.Run(target.With("reindex")).ExitCode);
        var afterRebuild = service.Search(new SearchQuery("فدية"));
        Assert.Equal(1, afterRebuild.Total);
        Assert.Equal(1, afterRebuild.Hits.Single().Duplicates);
        Assert.Equal(3, service.Search(new SearchQuery("مصر")).Total);
    }

    [Fact]
    public void AServersLongLivedServiceFindsAnIndexBuiltAfterItStartedAndSeesLaterIngests()
    {
        using var target = TestStore.Create(kind);
        // As the server makes it: with its watch on the store, which gates the background status check.
        using var watch = WithStore(target, store => new IndexStampWatch(store.Location));
        using var service = WithStore(target, store => SearchService.ForFolder(store, watch));
        Assert.Equal(0, Search(service, target, "*").Total);

        CliRunner.Run(target.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water")));
        Assert.Equal(3, Search(service, target, "*").Total);

        CliRunner.Run(target.With("ingest", Path.Combine(RepoPaths.Samples, "amman-cyber")));
        var ransom = Search(service, target, "فدية");
        // Ingested, not analysed: the stories step has not compared the repost yet, so it is a hit of its own.
        Assert.Equal(2, ransom.Total);
        Assert.All(ransom.Hits, h => Assert.Equal(0, h.Duplicates));
        // The status is the index as it is now, not as it was when the service last looked.
        Assert.True(ransom.Index.Fresh);
        Assert.Equal(6, ransom.Index.Documents);
    }

    private static SearchResult Search(SearchService service, TestStore target, string text) =>
        WithStore(target, store => service.Search(new SearchQuery(text), store));

    // Each request of a server brings a connection of its own, as StoreAccess lends them.
    private static T WithStore<T>(TestStore target, Func<MarsadStore, T> use)
    {
        using var store = target.Open();
        return use(store);
    }
}
