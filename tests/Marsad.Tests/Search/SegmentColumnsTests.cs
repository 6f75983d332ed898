using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;

namespace Marsad.Tests.Search;

public sealed class SegmentColumnsTests
{
    [Fact]
    public void EachSegmentsDocumentsHoldTheGlobalOrdinalsAndNumbersOfTheirDocValuesAndMinusOneWhereTheyHaveNone()
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            // Two segments, so segment ordinals and global ordinals differ: the second knows only «okaz» and «gpe:iran».
            writer.AddDocument(Article("okaz", "2015-03-02", ["per:salman", "gpe:iran"], "00000000000000aa", idOrder: 7, published: 635609952000000000));
            writer.AddDocument(Article("alriyadh", null, [], null, idOrder: 3, published: null));
            writer.Commit();
            writer.AddDocument(Article("okaz", "2015-01-01", ["gpe:iran"], "00000000000000aa", idOrder: -2, published: 635556384000000000));
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.Leaves.Count);

        var columns = SegmentColumns.For(reader);

        // Global ordinals follow byte order: outlets alriyadh 0, okaz 1; days 2015-01-01 0, 2015-03-02 1; entities
        // gpe:iran 0, per:salman 1; one group, 0.
        Assert.Equal([1, 0], columns[0].Outlet);
        Assert.Equal([1, -1], columns[0].Day);
        Assert.Equal([0, -1], columns[0].Group);
        Assert.Equal([0, 2, 2], columns[0].EntityStart);
        Assert.Equal([0, 1], columns[0].Entities);
        Assert.Equal([7L, 3L], columns[0].IdOrder);
        Assert.Equal([635609952000000000L, 0L], columns[0].Published);
        Assert.Equal([1], columns[1].Outlet);
        Assert.Equal([0], columns[1].Day);
        Assert.Equal([0], columns[1].Group);
        Assert.Equal([0, 1], columns[1].EntityStart);
        Assert.Equal([0], columns[1].Entities);
        Assert.Equal([-2L], columns[1].IdOrder);
        Assert.Same(columns, SegmentColumns.For(reader));
    }

    [Fact]
    public void GroupsAreNumberedByTheirFirstDocumentInTheReaderNotByTheirKeysOrder()
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            // Keys ff, 0b, aa in byte order are ordinals 2, 0, 1; first seen in the order ff, aa, 0b.
            writer.AddDocument(Article("okaz", "2015-03-02", [], "00000000000000ff", idOrder: 1, published: null));
            writer.AddDocument(Article("okaz", "2015-03-02", [], null, idOrder: 2, published: null));
            writer.AddDocument(Article("عكاظ", "2015-03-02", [], "00000000000000aa", idOrder: 3, published: null));
            writer.Commit();
            writer.AddDocument(Article("الرياض", "2015-03-03", [], "000000000000000b", idOrder: 4, published: null));
            writer.AddDocument(Article("الرياض", "2015-03-03", [], "00000000000000ff", idOrder: 5, published: null));
            writer.AddDocument(Article("الرياض", "2015-03-03", [], "00000000000000aa", idOrder: 6, published: null));
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);

        var columns = SegmentColumns.For(reader);

        Assert.Equal([0, -1, 1], columns[0].Group);
        Assert.Equal([2, 0, 1], columns[1].Group);
    }

    private static Document Article(string outlet, string? day, string[] entities, string? group, long idOrder, long? published)
    {
        var document = new Document
        {
            new SortedDocValuesField(SearchFields.Outlet, new BytesRef(outlet)),
            new NumericDocValuesField(SearchFields.IdOrder, idOrder),
        };
        if (day is not null) document.Add(new SortedDocValuesField(SearchFields.Day, new BytesRef(day)));
        if (published is { } ticks) document.Add(new NumericDocValuesField(SearchFields.Published, ticks));
        if (group is not null) document.Add(new SortedDocValuesField(SearchFields.DuplicateGroup, new BytesRef(group)));
        foreach (var entity in entities) document.Add(new SortedSetDocValuesField(SearchFields.Entity, new BytesRef(entity)));
        return document;
    }
}
