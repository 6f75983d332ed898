using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;
using QueryBuilder = Marsad.Search.QueryBuilder;

namespace Marsad.Tests.Search;

/// <summary>A date range's set of accepted articles (read from the range's terms, as Lucene's filter for it does) is
/// exactly the live articles published within it, alone and beside another filter.</summary>
public sealed class FilterBitsRangeTests : IDisposable
{
    // Written for these tests: (id, outlet, day published).
    private static readonly (string Id, string Outlet, DateTimeOffset Published)[] s_articles =
    [
        ("r0", "east", new DateTimeOffset(2021, 3, 30, 8, 0, 0, TimeSpan.Zero)),
        ("r1", "east", new DateTimeOffset(2021, 4, 1, 8, 0, 0, TimeSpan.Zero)),
        ("r2", "west", new DateTimeOffset(2021, 4, 15, 8, 0, 0, TimeSpan.Zero)),
        ("r3", "east", new DateTimeOffset(2021, 4, 30, 23, 0, 0, TimeSpan.Zero)),
        ("r4", "west", new DateTimeOffset(2021, 5, 1, 0, 30, 0, TimeSpan.Zero)),
        ("r5", "east", new DateTimeOffset(2021, 4, 20, 8, 0, 0, TimeSpan.Zero)),
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public FilterBitsRangeTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer())))
        {
            foreach (var (id, outlet, published) in s_articles)
                writer.AddDocument(IndexDocument.Build(new IndexRecord(id, outlet, null, "افتتح الوزير المعرض السنوي", published, [], [], []), null));
            // r5 replaced by nothing: a deleted article inside the range.
            writer.DeleteDocuments(new Term(SearchFields.Id, "r5"));
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void ADateRangeAcceptsTheLiveArticlesPublishedWithinItBoundsIncluded()
    {
        var filters = QueryBuilder.Parse(new SearchQuery("المعرض") { From = new DateOnly(2021, 4, 1), To = new DateOnly(2021, 4, 30) }).Filters;

        Assert.Equal(["r1", "r2", "r3"], Accepted(FilterBits.For(_reader, filters)));
    }

    [Fact]
    public void ADateRangeBesideAnOutletAcceptsTheArticlesBothAccept()
    {
        var filters = QueryBuilder.Parse(new SearchQuery("المعرض") { Outlet = "east", From = new DateOnly(2021, 4, 1) }).Filters;

        Assert.Equal(["r1", "r3"], Accepted(FilterBits.For(_reader, filters)));
    }

    private List<string> Accepted(FilterBits bits)
    {
        var ids = new List<string>();
        foreach (var leaf in _reader.Leaves)
            if (bits.Of(leaf) is { } set)
                for (var doc = 0; doc < set.Length; doc++)
                    if (set.Get(doc)) ids.Add(leaf.AtomicReader.Document(doc).Get(SearchFields.Id));
        ids.Sort(StringComparer.Ordinal);
        Assert.Equal(ids.Count, bits.Count);
        return ids;
    }
}
