using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;
using QueryBuilder = Marsad.Search.QueryBuilder;

namespace Marsad.Tests.Search;

/// <summary>A search's accepted articles share the segment's kept filter set when they are that set (one filter, no
/// deletions): no copy per search. Where they differ from it (two filters, a deleted article) they are a copy, and the
/// kept set stays as it was.</summary>
public sealed class FilterBitsSharingTests : IDisposable
{
    private readonly RAMDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void OneFilterOverASegmentWithoutDeletionsIsTheKeptSetItself()
    {
        using var reader = Index(delete: null);
        var filters = QueryBuilder.Parse(new SearchQuery("السوق") { Outlet = "north" }).Filters;
        var leaf = reader.Leaves[0];

        var accepted = FilterBits.For(reader, filters);

        Assert.Same(FilterBits.Cached(leaf, filters[0]), accepted.Of(leaf));
        Assert.Equal(2L, accepted.Count);
    }

    [Fact]
    public void ADeletedArticleOrASecondFilterIsLeftOutOfACopyAndTheKeptSetIsUnchanged()
    {
        using var reader = Index(delete: "s1");
        var outlet = QueryBuilder.Parse(new SearchQuery("السوق") { Outlet = "north" }).Filters;
        var both = QueryBuilder.Parse(new SearchQuery("السوق") { Outlet = "north", From = new DateOnly(2022, 1, 2) }).Filters;
        var leaf = reader.Leaves[0];

        var live = FilterBits.For(reader, outlet);
        var narrowed = FilterBits.For(reader, both);

        var kept = FilterBits.Cached(leaf, outlet[0]);
        Assert.NotSame(kept, live.Of(leaf));
        Assert.Equal(2L, kept.Cardinality);
        Assert.Equal(1L, live.Count);
        Assert.NotSame(kept, narrowed.Of(leaf));
        Assert.Equal(0L, narrowed.Count);
    }

    [Fact]
    public void ACopyGivenBackHoldsTheThreadsNextCopy()
    {
        using var reader = Index(delete: "s1");
        var both = QueryBuilder.Parse(new SearchQuery("السوق") { Outlet = "north", From = new DateOnly(2022, 1, 1) }).Filters;
        var leaf = reader.Leaves[0];

        long[] words;
        using (var first = FilterBits.For(reader, both)) words = first.Of(leaf)!.GetBits();
        using var second = FilterBits.For(reader, both);

        Assert.Same(words, second.Of(leaf)!.GetBits());
        Assert.Equal(1L, second.Count);
        Assert.Equal(2L, FilterBits.Cached(leaf, both[0]).Cardinality);
    }

    // s0 and s1 of «north» (published on the 1st and the 2nd of January 2022), s2 of «south» (the 3rd).
    private DirectoryReader Index(string? delete)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer())))
        {
            string[] outlets = ["north", "north", "south"];
            for (var i = 0; i < outlets.Length; i++)
                writer.AddDocument(IndexDocument.Build(new IndexRecord($"s{i}", outlets[i], null, "ارتفعت الأسعار في السوق",
                    new DateTimeOffset(2022, 1, 1 + i, 9, 0, 0, TimeSpan.Zero), [], [], []), null));
            if (delete is not null) writer.DeleteDocuments(new Term(SearchFields.Id, delete));
            writer.Commit();
        }
        return DirectoryReader.Open(_directory);
    }
}
