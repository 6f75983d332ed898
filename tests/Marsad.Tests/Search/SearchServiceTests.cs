using Marsad.Search;

namespace Marsad.Tests.Search;

public sealed class SqliteSearchServiceTests(SqliteSampleIndex samples) : SearchServiceTests(samples), IClassFixture<SqliteSampleIndex>;

public sealed class PostgreSqlSearchServiceTests(PostgreSqlSampleIndex samples) : SearchServiceTests(samples), IClassFixture<PostgreSqlSampleIndex>;

/// <summary>Search over the analysed samples, on each kind of store: the same queries give the same hits.</summary>
public abstract class SearchServiceTests(SampleIndex samples)
{
    private static string[] Titles(SearchResult result) => [.. result.Hits.Select(h => h.Article.Title ?? "")];

    [Fact]
    public void AWordWithItsCliticsFindsEveryFormOfItAndCollapsesTheRepost()
    {
        var result = samples.Search(new SearchQuery("بالهجوم"));

        // The wire story and its near-verbatim repost are one hit with one duplicate; the follow-up stands alone.
        Assert.Equal(2, result.Total);
        Assert.Equal(["الأردن: هجوم إلكتروني يعطل أنظمة مستشفيات حكومية", "بعد هجوم المستشفيات.. عمّان تستدعي خبراء وتلوّح بالمحاسبة"],
            Titles(result).Order(StringComparer.Ordinal));
        Assert.Equal(1, result.Hits.Single(h => h.Article.Title!.StartsWith("الأردن")).Duplicates);
        Assert.Equal(0, result.Hits.Single(h => h.Article.Title!.StartsWith("بعد")).Duplicates);
    }

    [Fact]
    public void APluralFindsItsSingularAndHighlightsTheSingularAsWritten()
    {
        // The samples never write هجمات: the plural finds every article with هجوم, بالهجوم, الهجوم or هجوماً.
        var result = samples.Search(new SearchQuery("الهجمات"));

        Assert.Equal(["الأردن: هجوم إلكتروني يعطل أنظمة مستشفيات حكومية", "بعد هجوم المستشفيات.. عمّان تستدعي خبراء وتلوّح بالمحاسبة"],
            Titles(result).Order(StringComparer.Ordinal));
        Assert.Equal(1, result.Hits.Single(h => h.Article.Title!.StartsWith("الأردن")).Duplicates);
        var highlighted = result.Hits.SelectMany(h => h.Snippets)
            .SelectMany(s => s.Highlights.Select(h => s.Text[(h.Start - s.Start)..(h.End - s.Start)]))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Subset(new HashSet<string>(["هجوم", "الهجوم", "بالهجوم", "هجوماً"], StringComparer.Ordinal), highlighted);
        Assert.NotEmpty(highlighted);
    }

    [Fact]
    public void APhraseOfPluralsMatchesItsSingularsInOrderOnly()
    {
        // «هجوم إلكتروني» in the texts; the plural phrase folds word by word and keeps the order.
        Assert.Equal(2, samples.Search(new SearchQuery("\"هجمات إلكترونية\"")).Total);
        Assert.Equal(0, samples.Search(new SearchQuery("\"إلكترونية هجمات\"")).Total);
    }

    [Fact]
    public void FacetsCountEveryMatchingArticleByOutletDayAndEntity()
    {
        var result = samples.Search(new SearchQuery("للهجوم"));

        Assert.Equal([("المرصد العربي", 1L), ("أخبار اليوم الرقمية", 1L), ("وكالة الشرق للأنباء", 1L)],
            result.Facets.Outlet.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key == "المرصد العربي" ? 0 : 1).ThenBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal([("2024-06-11", 2L), ("2024-06-13", 1L)], result.Facets.Day.Select(p => (p.Key, p.Value)));
        Assert.Contains(KeyValuePair.Create("gpe:jordan", 3L), result.Facets.Entity);
    }

    [Fact]
    public void APhraseMatchesOnlyItsWordsInOrder()
    {
        var inOrder = samples.Search(new SearchQuery("\"هجوم إلكتروني\""));
        var reversed = samples.Search(new SearchQuery("\"إلكتروني هجوم\""));
        var bothWords = samples.Search(new SearchQuery("إلكتروني هجوم"));

        Assert.Equal(2, inOrder.Total);
        Assert.Equal(0, reversed.Total);
        Assert.Equal(2, bothWords.Total);
        // The phrase is highlighted where it stands in order, word by word.
        var snippet = inOrder.Hits.SelectMany(h => h.Snippets).First(s => s.Highlights.Count >= 2);
        Assert.Contains("هجوم", snippet.Text[(snippet.Highlights[0].Start - snippet.Start)..(snippet.Highlights[0].End - snippet.Start)]);
    }

    [Fact]
    public void OutletFilterKeepsOnlyThatOutlet()
    {
        var result = samples.Search(new SearchQuery("اتفاق") { Outlet = "المرصد العربي" });

        Assert.Equal(["اتفاق النيل الجديد: تعاون فني أم اصطفاف سياسي؟"], Titles(result));
        Assert.Equal([("المرصد العربي", 1L)], result.Facets.Outlet.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void DateRangeIsInclusiveCalendarDaysOfTheOutlet()
    {
        var result = samples.Search(new SearchQuery("مصر") { From = new DateOnly(2024, 3, 4), To = new DateOnly(2024, 3, 5) });

        Assert.Equal(["القاهرة والخرطوم توقعان اتفاق تعاون مائي جديد", "مصر والسودان: آلية دائمة لبيانات الفيضان"],
            Titles(result).Order(StringComparer.Ordinal));
        Assert.Equal([("2024-03-04", 1L), ("2024-03-05", 1L)], result.Facets.Day.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void EntityFilterKeepsArticlesMentioningThatEntity()
    {
        var withEntity = samples.Search(new SearchQuery("*") { Entity = "gpe:sudan", Limit = 50 });

        Assert.Equal(3, withEntity.Total);
        Assert.All(withEntity.Hits, h => Assert.Contains("gpe:sudan", withEntity.Facets.Entity.Select(p => p.Key)));
        Assert.Equal(3L, withEntity.Facets.Entity.Single(p => p.Key == "gpe:sudan").Value);
    }

    [Fact]
    public void AnUnknownEntityIdIsRefusedWithItsCode()
    {
        var error = Assert.Throws<SearchException>(() => samples.Search(new SearchQuery("مصر") { Entity = "gpe:atlantis" }));
        Assert.Equal(SearchException.BadFilter, error.Code);
    }

    [Fact]
    public void AnEventTypeOutsidePloverIsRefusedWithItsCode()
    {
        var error = Assert.Throws<SearchException>(() => samples.Search(new SearchQuery("مصر") { EventType = "attack" }));

        Assert.Equal(SearchException.BadFilter, error.Code);
        Assert.Contains("ASSAULT", error.Message);
    }

    [Fact]
    public void NotExcludesArticlesWithTheWord()
    {
        var all = samples.Search(new SearchQuery("اتفاق"));
        var withoutNile = samples.Search(new SearchQuery("اتفاق NOT النيل"));

        Assert.True(all.Total > 0);
        Assert.True(withoutNile.Total < all.Total);
        Assert.DoesNotContain(withoutNile.Hits, h => h.Article.Title!.Contains("النيل"));
    }

    [Fact]
    public void APrefixMatchesEveryWordStartingWithIt()
    {
        var result = samples.Search(new SearchQuery("مستشف*"));

        Assert.Equal(2, result.Total);
    }

    [Fact]
    public void SortByDatePutsTheNewestFirst()
    {
        var result = samples.Search(new SearchQuery("مصر") { Sort = SearchSort.Date });

        var dates = result.Hits.Select(h => h.Article.Published).OfType<DateTimeOffset>().ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.True(dates.Count >= 3);
    }

    [Fact]
    public void HighlightsAndSnippetsAreOffsetsIntoTheOriginalText()
    {
        var result = samples.Search(new SearchQuery("الفيضان"));

        Assert.NotEmpty(result.Hits);
        foreach (var hit in result.Hits)
            foreach (var snippet in hit.Snippets)
            {
                Assert.InRange(snippet.Start, 0, snippet.End);
                foreach (var h in snippet.Highlights)
                {
                    Assert.InRange(h.Start, snippet.Start, snippet.End);
                    Assert.Contains("فيضان", snippet.Text[(h.Start - snippet.Start)..(h.End - snippet.Start)]);
                }
            }
        Assert.Contains(result.Hits, h => h.Snippets.Any(s => s.Highlights.Count > 0));
    }

    [Theory]
    [InlineData("الأردن: هجوم إلكتروني يعطل أنظمة مستشفيات حكومية")]
    [InlineData("يعطل/أنظمة [هجوم] ~إلكتروني!")]
    public void APastedHeadlineIsSearchedAsWordsNotAsLuceneSyntax(string query)
    {
        var result = samples.Search(new SearchQuery(query));

        Assert.Equal(["الأردن: هجوم إلكتروني يعطل أنظمة مستشفيات حكومية"], Titles(result));
    }

    [Fact]
    public void AQueryOfPunctuationOnlyIsRefusedAsEmpty() =>
        Assert.Equal(SearchException.EmptyQuery, Assert.Throws<SearchException>(() => samples.Search(new SearchQuery("، .."))).Code);

    [Fact]
    public void AnUnbalancedQueryIsRefusedAsBad() =>
        Assert.Equal(SearchException.BadQuery, Assert.Throws<SearchException>(() => samples.Search(new SearchQuery("(مصر AND"))).Code);
}
