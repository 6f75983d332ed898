using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;

namespace Marsad.Tests.Search;

/// <summary>The collector's facet counts are those of the live articles a query matched, however many of a segment's
/// articles that is (a few, most, all), with a deleted article that held the word counted nowhere.</summary>
public sealed class HitCollectorFacetTests
{
    [Fact]
    public void AWordInMostArticlesCountsOnlyItsLiveMatchesIntoOutletsDaysAndEntities()
    {
        using var reader = OpenWithOneDeleted();
        // «وزير» is in 3 of the 5 live articles and in the deleted one.
        var facets = Facets(reader, "وزير");

        Assert.Equal(3L, facets.Total);
        Assert.Equal([("alriyadh", 1), ("okaz", 2)], facets.Outlets);
        Assert.Equal([("2015-03-01", 2), ("2015-03-02", 1)], facets.Days);
        Assert.Equal([("gpe:iran", 1), ("gpe:saudi-arabia", 3)], facets.Entities);
    }

    [Fact]
    public void AWordInFewArticlesCountsEachOfItsMatches()
    {
        using var reader = OpenWithOneDeleted();
        // «الأمطار» is in 2 of the 5 live articles.
        var facets = Facets(reader, "الأمطار");

        Assert.Equal(2L, facets.Total);
        Assert.Equal([("alriyadh", 1), ("okaz", 1)], facets.Outlets);
        Assert.Equal([("2015-03-02", 1), ("2015-03-03", 1)], facets.Days);
        Assert.Equal([("gpe:saudi-arabia", 2)], facets.Entities);
    }

    [Fact]
    public void AWordInEveryArticleCountsThemAllAndAQueryAfterItStartsFromZero()
    {
        using var reader = OpenWithOneDeleted();
        var all = Facets(reader, "في");
        var after = Facets(reader, "الأمطار");

        Assert.Equal(5L, all.Total);
        Assert.Equal([("alriyadh", 3), ("okaz", 2)], all.Outlets);
        Assert.Equal([("2015-03-01", 2), ("2015-03-02", 2), ("2015-03-03", 1)], all.Days);
        Assert.Equal([("gpe:iran", 1), ("gpe:saudi-arabia", 5), ("org:un", 1)], all.Entities);
        Assert.Equal([("alriyadh", 1), ("okaz", 1)], after.Outlets);
    }

    private static DirectoryReader OpenWithOneDeleted()
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer())))
        {
            writer.AddDocument(Article("a1", "التقى وزير الخارجية في الرياض نظيره", "alriyadh", "2015-03-01", "gpe:saudi-arabia", "gpe:iran"));
            writer.AddDocument(Article("a2", "قال وزير المالية في بيان إن الميزانية تحسنت", "okaz", "2015-03-01", "gpe:saudi-arabia"));
            writer.AddDocument(Article("a3", "ألقى السفير كلمة في الأمم المتحدة", "alriyadh", "2015-03-02", "org:un", "gpe:saudi-arabia"));
            writer.AddDocument(Article("a4", "هطلت الأمطار في جدة وأعلن وزير النقل إغلاق طرق", "okaz", "2015-03-02", "gpe:saudi-arabia"));
            writer.AddDocument(Article("a5", "استمرت الأمطار في الشمال", "alriyadh", "2015-03-03", "gpe:saudi-arabia"));
            writer.AddDocument(Article("a6", "وزير سابق في الأمم المتحدة يتحدث", "okaz", "2015-03-03", "org:un"));
            writer.Commit();
            writer.DeleteDocuments(new Term(SearchFields.Id, "a6"));
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }

    private static (long Total, List<(string, int)> Outlets, List<(string, int)> Days, List<(string, int)> Entities) Facets(IndexReader reader, string word)
    {
        var searcher = new IndexSearcher(reader);
        using var collector = new HitCollector(reader, SearchSort.Relevance, limit: 10);
        searcher.Search(Marsad.Search.QueryBuilder.ParseText(word), collector);
        collector.Top();
        return (collector.Total, Nonzero(collector.OutletCounts, collector.Outlets), Nonzero(collector.DayCounts, collector.Days),
            Nonzero(collector.EntityCounts, collector.Entities));
    }

    private static List<(string, int)> Nonzero(int[] counts, FacetOrdinals values) =>
        [.. Enumerable.Range(0, values.Count).Where(ord => counts[ord] != 0).Select(ord => (values.Value(ord), counts[ord]))];

    private static Document Article(string id, string text, string outlet, string day, params string[] entities)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, id, Field.Store.YES),
            new TextField(SearchFields.Text, text, Field.Store.NO),
            new SortedDocValuesField(SearchFields.Outlet, new BytesRef(outlet)),
            new SortedDocValuesField(SearchFields.Day, new BytesRef(day)),
            new NumericDocValuesField(SearchFields.IdOrder, id[^1]),
        };
        foreach (var entity in entities) document.Add(new SortedSetDocValuesField(SearchFields.Entity, new BytesRef(entity)));
        return document;
    }
}
