using System.Text.Json.Nodes;
using Marsad.Documents;
using Marsad.Storage;
using Marsad.Tests.Ingest;
using Marsad.Tests.Support;

namespace Marsad.Tests.Storage;

public sealed class ArticleRepositoryTests
{
    private static Article Make(string text, string? outlet = null, DateTimeOffset? published = null, string? path = null) => new()
    {
        Id = ArticleIdentity.Of(text),
        Text = text,
        Outlet = outlet,
        Published = published,
        SourcePath = path,
    };

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public void AnArticleRoundTripsWithEveryField(StoreKind kind)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var article = new Article
        {
            Id = ArticleIdentity.Of(ArabicSamples.Hospital),
            Text = ArabicSamples.Hospital,
            SourceId = "h-7",
            Outlet = "صحيفة الوادي",
            Url = "https://example.org/7",
            Title = "مستشفى جديد في الرياض",
            Published = new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.FromHours(3)),
            SourcePath = "/in/feed.jsonl:7",
            Extra = new JsonObject { ["author"] = "مراسلنا", ["tags"] = new JsonArray("صحة", "الرياض") },
        };

        store.Articles.AddBatch([article]);
        var stored = store.Articles.Get(article.Id)!;

        Assert.Equal(article with { Extra = null }, stored with { Extra = null });
        Assert.Equal(TimeSpan.FromHours(3), stored.Published!.Value.Offset);
        Assert.True(JsonNode.DeepEquals(article.Extra, stored.Extra));
        Assert.Null(store.Articles.Get("0000000000000000"));
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public void ABatchCountsCopiesAlreadyStoredAndCopiesWithinItself(StoreKind kind)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        store.Articles.AddBatch([Make(ArabicSamples.Rain, path: "first.txt")]);

        var result = store.Articles.AddBatch(
        [
            Make(ArabicSamples.Market, path: "a.txt"),
            Make(ArabicSamples.Rain, path: "again.txt"),
            Make(ArabicSamples.Market + "  ", path: "b.txt"),
        ]);

        Assert.Equal(1, result.Added);
        Assert.Equal(
        [
            new ArticleDuplicate(ArticleIdentity.Of(ArabicSamples.Rain), "again.txt", null, "first.txt", null),
            new ArticleDuplicate(ArticleIdentity.Of(ArabicSamples.Market), "b.txt", null, "a.txt", null),
        ], result.Duplicates);
        Assert.Equal(2, store.Articles.Count());
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public void AReferenceMatchesByIdThenIdPrefixThenSourceId(StoreKind kind)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var hospital = Make(ArabicSamples.Hospital) with { SourceId = "feed-1" };
        var rain = Make(ArabicSamples.Rain) with { SourceId = "feed-2" };
        store.Articles.AddBatch([hospital, rain]);

        Assert.Equal([hospital.Id], store.Articles.MatchIds(hospital.Id));
        Assert.Equal([hospital.Id], store.Articles.MatchIds(hospital.Id[..6].ToUpperInvariant()));
        Assert.Equal([rain.Id], store.Articles.MatchIds("feed-2"));
        Assert.Empty(store.Articles.MatchIds("feed-3"));
        Assert.Empty(store.Articles.MatchIds(hospital.Id[..3]));
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public void ListPagesInStoredOrderAndFiltersByOutlet(StoreKind kind)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        store.Articles.AddBatch(
        [
            Make(ArabicSamples.Hospital, "الوادي"),
            Make(ArabicSamples.Maintenance, "الغد"),
            Make(ArabicSamples.Market, "الوادي"),
            Make(ArabicSamples.Rain, "الوادي"),
        ]);

        Assert.Equal([ArabicSamples.Maintenance, ArabicSamples.Market], store.Articles.List(new ListQuery(Limit: 2, Offset: 1)).Select(a => a.Text));
        Assert.Equal([ArabicSamples.Market, ArabicSamples.Rain], store.Articles.List(new ListQuery(Limit: 5, Offset: 1, Outlet: "الوادي")).Select(a => a.Text));
        Assert.Equal(3, store.Articles.Count("الوادي"));
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public void StatsSummarizeOutletsAndThePublicationRange(StoreKind kind)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        store.Articles.AddBatch(
        [
            Make(ArabicSamples.Hospital, "الوادي", new DateTimeOffset(2024, 3, 5, 1, 0, 0, TimeSpan.FromHours(3))),
            Make(ArabicSamples.Maintenance, "الغد", new DateTimeOffset(2024, 3, 4, 23, 0, 0, TimeSpan.Zero)),
            Make(ArabicSamples.Market, "الوادي", new DateTimeOffset(2024, 3, 9, 12, 0, 0, TimeSpan.FromHours(-5))),
            Make(ArabicSamples.Rain),
        ]);

        var stats = store.Articles.Stats();

        Assert.Equal(4, stats.Articles);
        Assert.Equal(2, stats.Outlets);
        Assert.Equal([new OutletCount("الوادي", 2), new OutletCount(null, 1), new OutletCount("الغد", 1)], stats.ByOutlet);
        // 01:00+03:00 on the 5th is 22:00 UTC on the 4th, earlier than 23:00 UTC: compared as instants, not as text.
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 22, 0, 0, TimeSpan.Zero), stats.EarliestPublished);
        Assert.Equal(new DateTimeOffset(2024, 3, 9, 17, 0, 0, TimeSpan.Zero), stats.LatestPublished);
        Assert.True(stats.DatabaseBytes > 0);
    }
}
