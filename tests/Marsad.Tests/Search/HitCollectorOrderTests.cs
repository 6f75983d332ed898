using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;

namespace Marsad.Tests.Search;

/// <summary>The collector gives the same hits, scores, groups and facets whether Lucene feeds it in document order or
/// out of order (its bucket scorer, used for segments of <see cref="HitCollector.OutOfOrderFrom"/> documents or more).</summary>
public sealed class HitCollectorOrderTests
{
    [Fact]
    public void AOneWordQueryCollectsTheSameHitsScoresGroupsAndFacetsInAndOutOfDocumentOrder()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer())))
        {
            writer.AddDocument(Article("هجوم على الحدود", "وقع هجوم إلكتروني على الوزارة", "okaz", "00000000000000aa", idOrder: 1));
            writer.AddDocument(Article("أخبار", "بالهجوم الأخير تضررت الشبكة", "alriyadh", "00000000000000aa", idOrder: 2));
            writer.AddDocument(Article("الطقس", "أمطار غزيرة في الرياض", "okaz", null, idOrder: 3));
            writer.AddDocument(Article("الهجوم", "للهجوم أثر", "alriyadh", null, idOrder: 4));
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var query = Marsad.Search.QueryBuilder.ParseText("الهجوم");

        var inOrder = Collect(searcher, query, outOfOrderFrom: int.MaxValue);
        var outOfOrder = Collect(searcher, query, outOfOrderFrom: 0);

        // The article alone with the word in a one-word title first; the group of the first two counts once, shown by
        // its article with the word in its title, the other as its duplicate.
        Assert.Equal([(3, 0), (0, 1)], inOrder.Hits.Select(h => (h.Doc, h.Duplicates)));
        Assert.Equal(2L, inOrder.Total);
        Assert.Equal([2, 1], inOrder.Outlets);
        Assert.Equal(inOrder.Hits, outOfOrder.Hits);
        Assert.Equal(inOrder.Total, outOfOrder.Total);
        Assert.Equal(inOrder.Outlets, outOfOrder.Outlets);
    }

    private static (List<(int Doc, float Score, int Duplicates)> Hits, long Total, int[] Outlets) Collect(IndexSearcher searcher, Query query, int outOfOrderFrom)
    {
        using var collector = new HitCollector(searcher.IndexReader, SearchSort.Relevance, limit: 10, outOfOrderFrom);
        searcher.Search(query, collector);
        // Outlets by global ordinal: alriyadh, okaz.
        return ([.. collector.Top().Select(h => (h.Hit.Doc, h.Hit.Score, h.Duplicates))], collector.Total, collector.OutletCounts[..collector.Outlets.Count]);
    }

    private static Document Article(string title, string text, string outlet, string? group, long idOrder)
    {
        var document = new Document
        {
            new TextField(SearchFields.Title, title, Field.Store.NO),
            new TextField(SearchFields.Text, text, Field.Store.NO),
            new SortedDocValuesField(SearchFields.Outlet, new BytesRef(outlet)),
            new NumericDocValuesField(SearchFields.IdOrder, idOrder),
        };
        if (group is not null) document.Add(new SortedDocValuesField(SearchFields.DuplicateGroup, new BytesRef(group)));
        return document;
    }
}
