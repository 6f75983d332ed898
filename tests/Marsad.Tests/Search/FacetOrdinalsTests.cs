using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;

namespace Marsad.Tests.Search;

public sealed class FacetOrdinalsTests
{
    [Fact]
    public void AFacetValueIsDecodedOncePerReaderAndTheSameStringIsShownByEveryLaterQuery()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES }))
        {
            // Two segments: the values go through the reader's ordinal map.
            writer.AddDocument(new Document { new SortedDocValuesField(SearchFields.Outlet, new BytesRef("okaz")) });
            writer.Commit();
            writer.AddDocument(new Document { new SortedDocValuesField(SearchFields.Outlet, new BytesRef("alriyadh")) });
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        var outlets = FacetOrdinals.For(reader, SearchFields.Outlet, multiValued: false);

        var first = outlets.Value(1);

        Assert.Equal("okaz", first);
        Assert.Equal("alriyadh", outlets.Value(0));
        Assert.Same(first, outlets.Value(1));
        Assert.Same(first, FacetOrdinals.For(reader, SearchFields.Outlet, multiValued: false).Value(1));
    }
}
