using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;
using QueryBuilder = Marsad.Search.QueryBuilder;

namespace Marsad.Tests.Search;

/// <summary>In a segment large enough for the bucket scorer (<see cref="HitCollector.OutOfOrderFrom"/> documents), a
/// search that would not use it — a conjunction, a disjunction of few postings — builds no bucket table (2,048 objects,
/// ~115 KB) and finds what a search in document order finds, with the same scores.</summary>
public sealed class BucketScoringTests : IDisposable
{
    private const int Articles = 33_000;

    // Less than the bucket table alone takes (2,048 objects of at least 40 bytes).
    private const long UnderOneTable = 2_048 * 40;

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public BucketScoringTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer())))
        {
            // Untokenized terms: «مطر» in every third article, «ريح» in every fifth, «برد» in every 300th.
            for (var i = 0; i < Articles; i++)
            {
                var document = new Document { new NumericDocValuesField(SearchFields.IdOrder, i) };
                if (i % 3 == 0) document.Add(new StringField(SearchFields.Text, "مطر", Field.Store.NO));
                if (i % 5 == 0) document.Add(new StringField(SearchFields.Text, "ريح", Field.Store.NO));
                if (i % 300 == 0) document.Add(new StringField(SearchFields.Title, "برد", Field.Store.NO));
                writer.AddDocument(document);
            }
            writer.ForceMerge(1);
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void AConjunctionInALargeSegmentAllocatesLessThanOneBucketTable()
    {
        var both = new BooleanQuery { { QueryBuilder.Word("مطر"), Occur.MUST }, { QueryBuilder.Word("ريح"), Occur.MUST } };

        var (collected, allocated) = CollectTwice(both);

        Assert.Equal(2_200L, collected.Total);
        Assert.True(allocated < UnderOneTable, $"{allocated:N0} bytes");
    }

    [Fact]
    public void ARareWordInALargeSegmentAllocatesLessThanOneBucketTableAndScoresAsInDocumentOrder()
    {
        var (collected, allocated) = CollectTwice(QueryBuilder.Word("برد"));

        Assert.Equal(110L, collected.Total);
        Assert.True(allocated < UnderOneTable, $"{allocated:N0} bytes");
        using var inOrder = new HitCollector(_reader, SearchSort.Relevance, limit: 20, outOfOrderFrom: int.MaxValue);
        _searcher.Search(QueryBuilder.Word("برد"), inOrder);
        Assert.Equal(inOrder.Top(), collected.Top.ToList());
    }

    [Fact]
    public void AFrequentWordsSecondSearchOnAThreadBuildsNoNewBucketTable()
    {
        // A disjunction of the word's fields in a large segment: scored out of order, over the thread's kept table.
        var (collected, allocated) = CollectTwice(QueryBuilder.Word("مطر"));

        Assert.Equal(11_000L, collected.Total);
        Assert.True(allocated < UnderOneTable, $"{allocated:N0} bytes");
    }

    [Fact]
    public void OnlyAQueryWithoutARequiredClauseMayUseTheBucketScorer()
    {
        var word = QueryBuilder.Word("مطر");
        var either = new BooleanQuery { { word, Occur.SHOULD }, { QueryBuilder.Word("ريح"), Occur.SHOULD } };
        var both = new BooleanQuery { { word, Occur.MUST }, { QueryBuilder.Word("ريح"), Occur.MUST } };
        var wrapped = new BooleanQuery { { word, Occur.MUST } };

        Assert.False(BucketScoring.InOrderIsTheSame(word));
        Assert.False(BucketScoring.InOrderIsTheSame(either));
        // One clause is read as the clause, as Lucene rewrites it.
        Assert.False(BucketScoring.InOrderIsTheSame(wrapped));
        Assert.True(BucketScoring.InOrderIsTheSame(both));
        Assert.True(BucketScoring.InOrderIsTheSame(new TermQuery(new Term(SearchFields.Text, "مطر"))));
    }

    // The second search: the reader's columns and ordinals are built by the first.
    private (Collected Collected, long Allocated) CollectTwice(Query text)
    {
        var query = new SearchQuery("نص") { Limit = 20 };
        var parsed = new QueryBuilder.Parsed(text, []);
        SearchService.Collect(_searcher, parsed, text, query);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var collected = SearchService.Collect(_searcher, parsed, text, query);
        return (collected, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
