using Marsad.Search;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

/// <summary>Hits that score the same come in the order of their ids, whatever order Lucene numbered them in.</summary>
public sealed class SearchOrderTests
{
    // Four short articles written for this test: the same shape (one «الرباط» in a text of six words, a title of three
    // words without it), so they score the same for «الرباط»; they differ by the day they name.
    private const string FourArticles = """
        {"id":"o-1","outlet":"صحيفة الاختبار","title":"اجتماع الأحد الوزاري","text":"اجتمع الوزراء في الرباط صباح الأحد"}
        {"id":"o-2","outlet":"صحيفة الاختبار","title":"اجتماع الاثنين الوزاري","text":"اجتمع الوزراء في الرباط صباح الاثنين"}
        {"id":"o-3","outlet":"صحيفة الاختبار","title":"اجتماع الثلاثاء الوزاري","text":"اجتمع الوزراء في الرباط صباح الثلاثاء"}
        {"id":"o-4","outlet":"صحيفة الاختبار","title":"اجتماع الأربعاء الوزاري","text":"اجتمع الوزراء في الرباط صباح الأربعاء"}

        """;

    [Fact]
    public void EqualHitsComeInIdOrderAndKeepItWhenOneOfThemIsIndexedAgain()
    {
        using var folder = new TempFolder();
        var input = folder.File("four.jsonl");
        File.WriteAllText(input, FourArticles);
        Assert.Equal(0, CliRunner.Run("ingest", input, "--data", folder.Path).ExitCode);
        using var store = MarsadStore.Open(folder.Path);

        var before = Hits(store);
        Assert.Equal(4, before.Count);
        Assert.Single(before.Select(h => h.Score).Distinct());
        var idOrder = before.Select(h => h.Article.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(idOrder, before.Select(h => h.Article.Id));

        // Indexing the first hit again gives it the last document number.
        using (var writer = SearchIndexWriter.OpenForUpdate(store, out _)!) writer.Update([before[0].Article.Id]);

        Assert.Equal(idOrder, Hits(store).Select(h => h.Article.Id));
        Assert.Equal(idOrder, Hits(store, SearchSort.Date).Select(h => h.Article.Id));
    }

    private static List<SearchHit> Hits(MarsadStore store, SearchSort sort = SearchSort.Relevance)
    {
        using var service = SearchService.Open(store);
        return [.. service.Search(new SearchQuery("الرباط") { Sort = sort }).Hits];
    }
}
