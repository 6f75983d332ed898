using System.Text;
using System.Text.Json;
using Marsad.Search;
using Marsad.Storage;
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
        using var searching = new Searching("analyze", "amman-cyber");
        var service = searching.Service;
        service.CacheFrom = 1;

        var first = Json(service.Search(new SearchQuery("الأردن")));
        var again = Json(service.Search(new SearchQuery("الأردن")));

        Assert.Equal(1, service.AnsweredFromCache);
        Assert.Equal(first, again);
    }

    [Fact]
    public void AnotherSortLimitOrFilterIsSearchedAfreshAndAnsweredAsItsOwn()
    {
        using var searching = new Searching("analyze", "nile-water");
        var service = searching.Service;
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
        using var searching = new Searching("ingest", "nile-water");
        var service = searching.Service;
        service.CacheFrom = 1;
        Assert.Equal(3, service.Search(new SearchQuery("*")).Total);
        Assert.Equal(3, service.Search(new SearchQuery("*")).Total);
        Assert.Equal(1, service.AnsweredFromCache);

        searching.Run("ingest", "amman-cyber");
        var after = service.Search(new SearchQuery("*"));

        Assert.Equal(6, after.Total);
        Assert.Equal(1, service.AnsweredFromCache);
    }

    [Fact]
    public void ASearchThatMatchedFewerArticlesThanTheLineIsNotKept()
    {
        using var searching = new Searching("ingest", "nile-water");
        var service = searching.Service;
        service.CacheFrom = 4;
        service.CacheCost = null;

        service.Search(new SearchQuery("*"));
        service.Search(new SearchQuery("*"));

        Assert.Equal(0, service.AnsweredFromCache);
    }

    [Fact]
    public void ASearchThatCostMoreCpuThanTheLineIsKeptWhateverItMatched()
    {
        using var searching = new Searching("ingest", "nile-water");
        var service = searching.Service;
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
        for (var i = 0; i <= CollectedCache.Capacity; i++) cache.Keep(Key($"كلمة{i}"), empty);

        Assert.Equal(CollectedCache.Capacity, cache.Count);
        Assert.Null(cache.Find(Key("كلمة0")));
        Assert.Same(empty, cache.Find(Key("كلمة1")));
        Assert.Same(empty, cache.Find(Key($"كلمة{CollectedCache.Capacity}")));

        static CollectedCache.Key Key(string text) =>
            CollectedCache.Key.Of(new SearchQuery(text), QueryBuilder.ParseText(text), []);
    }

    [Fact]
    public void SpellingsOfOneTermShareOneKeptPass()
    {
        using var searching = new Searching("ingest", "amman-cyber");
        var service = searching.Service;
        service.CacheFrom = 1;
        service.CacheCost = null;

        var bare = Json(service.Search(new SearchQuery("في")));
        var withConjunction = Json(service.Search(new SearchQuery("وفي")));

        Assert.Equal(1, service.AnsweredFromCache);
        Assert.Equal(bare, withConjunction);
    }

    [Fact]
    public void EveryKindOfSearchAskedAgainIsAnsweredFromItsKeptPass()
    {
        using var searching = new Searching("ingest", "amman-cyber");
        var service = searching.Service;
        service.CacheFrom = 1;
        service.CacheCost = null;
        SearchQuery[] kinds =
        [
            new("\"هجوم إلكتروني\""), new("مستشف*"), new("عمّان OR القاهرة"), new("هجوم NOT عمّان"), new("الأردن المستشفيات"),
            new("هجوم") { Outlet = "المرصد العربي" }, new("هجوم") { From = new DateOnly(2024, 6, 12), To = new DateOnly(2024, 6, 30) },
            new("هجوم") { Sort = SearchSort.Date, Limit = 2 },
        ];

        var first = kinds.Select(q => Json(service.Search(q))).ToList();
        var again = kinds.Select(q => Json(service.Search(q))).ToList();

        Assert.Equal(kinds.Length, service.AnsweredFromCache);
        Assert.Equal(first, again);
        Assert.All(first, json => Assert.DoesNotContain("\"total\":0", json));
    }

    [Fact]
    public void AWordIsOneTermInTitleOrTextAsTheParserMakesIt()
    {
        Assert.Equal(QueryBuilder.ParseText("على"), QueryBuilder.Word("علي"));
        Assert.Equal(QueryBuilder.ParseText("بالهجمات"), QueryBuilder.Word("هجوم"));
        Assert.NotEqual(QueryBuilder.ParseText("بالهجمات"), QueryBuilder.Word("هجم"));
    }

    [Fact]
    public async Task ANewReadersMostFrequentWordsAreKeptBeforeTheirFirstSearchWithTheSameJson()
    {
        using var searching = new Searching("ingest", "amman-cyber");
        searching.Run("ingest", "nile-water");
        var service = searching.Service;
        service.CacheFrom = 4;
        service.CacheCost = null;
        service.WarmWords = 10;
        using var store = searching.OpenStore();
        using var fresh = SearchService.Open(store);
        fresh.CacheFrom = null;

        service.Search(new SearchQuery("عمّان"));
        var warmed = await service.Warming!;
        var first = Json(service.Search(new SearchQuery("في")));

        // In all six articles, in five, in four (of which لم and ما, last in byte order, are left out); «إلى» is الي.
        Assert.Equal(["ان", "علي", "في", "قال", "من", "الي", "بيان", "حكوم", "اي", "بعد"], warmed.Words);
        Assert.Equal(10, warmed.Kept);
        Assert.Equal(1, service.AnsweredFromCache);
        Assert.Equal(Json(fresh.Search(new SearchQuery("في"))), first);
    }

    [Fact]
    public async Task AReaderAfterAnIngestIsWarmedWithItsOwnMostFrequentWord()
    {
        using var searching = new Searching("ingest", "amman-cyber");
        var service = searching.Service;
        service.CacheFrom = 1;
        service.WarmWords = 1;
        service.Search(new SearchQuery("عمّان"));
        // Many words stand in all three articles: the first in byte order is taken.
        Assert.Equal(["اردن"], (await service.Warming!).Words);

        searching.Run("ingest", "nile-water");
        service.Search(new SearchQuery("عمّان"));

        // «أن» and «إن» stand in all six articles, «الأردن» in three.
        Assert.Equal(["ان"], (await service.Warming!).Words);
    }

    [Fact]
    public async Task AUsersFilteredSearchKeptOnTheOldReaderIsKeptOnTheNewOneBeforeItIsAskedAgain()
    {
        using var searching = new Searching("ingest", "amman-cyber");
        var service = searching.Service;
        service.CacheFrom = 1;
        service.CacheCost = null;
        service.WarmWords = 1;
        var asked = new SearchQuery("هجوم") { Outlet = "وكالة الشرق للأنباء", Sort = SearchSort.Date };
        service.Search(asked);
        Assert.Equal(0, (await service.Warming!).CarriedKept);

        searching.Run("ingest", "nile-water");
        service.Search(new SearchQuery("النيل"));
        var warmed = await service.Warming!;
        var again = Json(service.Search(asked));
        using var store = searching.OpenStore();
        using var fresh = SearchService.Open(store);
        fresh.CacheFrom = null;

        Assert.Equal(1, warmed.CarriedKept);
        Assert.Equal(["ان"], warmed.Words);
        Assert.Equal(1, service.AnsweredFromCache);
        Assert.Equal(Json(fresh.Search(asked)), again);
        Assert.Contains("\"total\":1", again);
    }

    [Fact]
    public async Task AfterTwoRefreshesTheMostRecentSearchesAreCarriedNotTheOldest()
    {
        using var searching = new Searching("ingest", "amman-cyber");
        var service = searching.Service;
        AskOneMoreThanTheCap(service);
        await service.Warming!;

        searching.Run("ingest", "nile-water");
        var opening = new SearchQuery("النيل");
        service.Search(opening);
        Assert.Equal(CacheWarming.Carried, (await service.Warming!).CarriedKept);
        var later = new SearchQuery("النيل") { Sort = SearchSort.Date };
        service.Search(later);
        searching.Run("ingest", "rabat-aid");
        service.Search(new SearchQuery("الرباط"));
        await service.Warming!;
        var answered = service.AnsweredFromCache;

        // The two asked of the second reader, then the most recent carried ones; the oldest carried ones are left out.
        service.Search(later);
        service.Search(opening);
        service.Search(Asked(CacheWarming.Carried + 1));
        Assert.Equal(answered + 3, service.AnsweredFromCache);
        service.Search(Asked(2));
        Assert.Equal(answered + 3, service.AnsweredFromCache);
    }

    [Fact]
    public async Task ASearchAskedAgainIsCarriedAheadOfOnesKeptAfterIt()
    {
        using var searching = new Searching("ingest", "amman-cyber");
        var service = searching.Service;
        AskOneMoreThanTheCap(service);
        // The first one, asked again: the most recent now, where by order of keeping it was the one to leave out.
        service.Search(Asked(1));
        await service.Warming!;
        searching.Run("ingest", "nile-water");
        service.Search(new SearchQuery("النيل"));
        await service.Warming!;
        var answered = service.AnsweredFromCache;

        service.Search(Asked(1));
        Assert.Equal(answered + 1, service.AnsweredFromCache);
        service.Search(Asked(2));
        Assert.Equal(answered + 1, service.AnsweredFromCache);
    }

    // Each limit is a search of its own.
    private static SearchQuery Asked(int limit) => new("هجوم") { Limit = limit };

    /// <summary>Every search kept, one word warmed, and one more search asked than the carry-over cap, oldest first.</summary>
    private static void AskOneMoreThanTheCap(SearchService service)
    {
        service.CacheFrom = 1;
        service.CacheCost = null;
        service.WarmWords = 1;
        for (var limit = 1; limit <= CacheWarming.Carried + 1; limit++) service.Search(Asked(limit));
    }

    [Fact]
    public void AServiceThatAnswersOneCommandWarmsNothing()
    {
        using var searching = new Searching("ingest", "amman-cyber");
        searching.Service.Search(new SearchQuery("في"));

        Assert.Null(searching.Service.Warming);
    }

    /// <summary>A SQLite store with one sample folder ingested or analysed, and a search service on it.</summary>
    private sealed class Searching : IDisposable
    {
        private readonly TestStore _target = TestStore.Create(StoreKind.Sqlite);
        private readonly MarsadStore _store;

        public Searching(string command, string sample)
        {
            Run(command, sample);
            _store = _target.Open();
            Service = SearchService.Open(_store);
        }

        public SearchService Service { get; }

        public MarsadStore OpenStore() => _target.Open();

        public void Run(string command, string sample) => CliRunner.Run(_target.With(command, Path.Combine(RepoPaths.Samples, sample)));

        public void Dispose()
        {
            Service.Dispose();
            _store.Dispose();
            _target.Dispose();
        }
    }

    private static string Json(SearchResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) SearchJsonWriter.Write(result, writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
