using System.Text;
using System.Text.Json;
using Marsad.Search;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

/// <summary>A search that matched many articles is answered again from what its first pass found on the same index
/// reader (<see cref="CollectedCache"/>): the same bytes, never across a refresh, and only for the same query, filters,
/// sort and limit.</summary>
public sealed class CollectedCacheTests
{
    [Fact]
    public void ARepeatedSearchIsAnsweredFromTheKeptPassWithTheSameJson()
    {
        using var target = TestStore.Create(StoreKind.Sqlite);
        CliRunner.Run(target.With("analyze", Path.Combine(RepoPaths.Samples, "amman-cyber")));
        using var store = target.Open();
        using var service = SearchService.Open(store);
        service.CacheFrom = 1;

        var first = Json(service.Search(new SearchQuery("الأردن")));
        var again = Json(service.Search(new SearchQuery("الأردن")));

        Assert.Equal(1, service.AnsweredFromCache);
        Assert.Equal(first, again);
    }

    [Fact]
    public void AnotherSortLimitOrFilterIsSearchedAfreshAndAnsweredAsItsOwn()
    {
        using var target = TestStore.Create(StoreKind.Sqlite);
        CliRunner.Run(target.With("analyze", Path.Combine(RepoPaths.Samples, "nile-water")));
        using var store = target.Open();
        using var service = SearchService.Open(store);
        service.CacheFrom = 1;

        var all = service.Search(new SearchQuery("*"));
        var one = service.Search(new SearchQuery("*") { Limit = 1 });
        var byDate = service.Search(new SearchQuery("*") { Sort = SearchSort.Date });
        var none = service.Search(new SearchQuery("*") { From = new DateOnly(1990, 1, 1), To = new DateOnly(1990, 1, 2) });

        Assert.Equal(0, service.AnsweredFromCache);
        Assert.Equal(3, all.Hits.Count);
        Assert.Single(one.Hits);
        Assert.Equal(3, byDate.Hits.Count);
        Assert.Equal(0, none.Total);
        Assert.Empty(none.Hits);
    }

    [Fact]
    public void AfterAnIngestTheSameSearchSeesTheNewArticlesNotTheKeptPass()
    {
        using var target = TestStore.Create(StoreKind.Sqlite);
        CliRunner.Run(target.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water")));
        using var store = target.Open();
        using var service = SearchService.Open(store);
        service.CacheFrom = 1;
        Assert.Equal(3, service.Search(new SearchQuery("*")).Total);
        Assert.Equal(3, service.Search(new SearchQuery("*")).Total);
        Assert.Equal(1, service.AnsweredFromCache);

        CliRunner.Run(target.With("ingest", Path.Combine(RepoPaths.Samples, "amman-cyber")));
        var after = service.Search(new SearchQuery("*"));

        Assert.Equal(6, after.Total);
        Assert.Equal(1, service.AnsweredFromCache);
    }

    [Fact]
    public void ASearchThatMatchedFewerArticlesThanTheLineIsNotKept()
    {
        using var target = TestStore.Create(StoreKind.Sqlite);
        CliRunner.Run(target.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water")));
        using var store = target.Open();
        using var service = SearchService.Open(store);
        service.CacheFrom = 4;
        service.CacheCost = null;

        service.Search(new SearchQuery("*"));
        service.Search(new SearchQuery("*"));

        Assert.Equal(0, service.AnsweredFromCache);
    }

    [Fact]
    public void ASearchThatCostMoreCpuThanTheLineIsKeptWhateverItMatched()
    {
        using var target = TestStore.Create(StoreKind.Sqlite);
        CliRunner.Run(target.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water")));
        using var store = target.Open();
        using var service = SearchService.Open(store);
        service.CacheFrom = long.MaxValue;
        service.CacheCost = TimeSpan.Zero;

        service.Search(new SearchQuery("*"));
        service.Search(new SearchQuery("*"));

        Assert.Equal(1, service.AnsweredFromCache);
    }

    [Fact]
    public void TheOldestKeptPassGoesFirstWhenTheReaderHoldsTheMost()
    {
        var cache = new CollectedCache();
        var empty = new Collected(0, [], new SearchFacets([], [], []), 0);
        for (var i = 0; i <= CollectedCache.Capacity; i++) cache.Keep(new SearchQuery($"كلمة{i}"), empty);

        Assert.Equal(CollectedCache.Capacity, cache.Count);
        Assert.Null(cache.Find(new SearchQuery("كلمة0")));
        Assert.Same(empty, cache.Find(new SearchQuery("كلمة1")));
        Assert.Same(empty, cache.Find(new SearchQuery($"كلمة{CollectedCache.Capacity}")));
    }

    private static string Json(SearchResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) SearchJsonWriter.Write(result, writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
