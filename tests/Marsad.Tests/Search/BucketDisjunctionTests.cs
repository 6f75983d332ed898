using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marsad.Search;
using QueryBuilder = Marsad.Search.QueryBuilder;

namespace Marsad.Tests.Search;

/// <summary><see cref="BucketBooleanQuery"/> scores a disjunction out of order as Lucene's own bucket scorer does:
/// the same documents with bit-identical scores, across many windows and with nested disjunctions (each word one over
/// its fields), exclusions and coordination; a disjunction of terms alone (<see cref="TermDisjunction"/>) hands them
/// on in document order; in document order a word's two terms (<see cref="TermPairScorer"/>) give Lucene's documents
/// and scores, alone and inside a conjunction, an exclusion or a nested disjunction.</summary>
public sealed class BucketDisjunctionTests : IDisposable
{
    private const int ArticleCount = 9_000;
    private static readonly string[] s_words = ["سحاب", "مطر", "ريح", "برق", "رعد"];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public BucketDisjunctionTests()
    {
        _reader = InMemoryIndex.Open(_directory, Articles());
        _searcher = new IndexSearcher(_reader);
    }

    // Each word in a share of the articles, repeated 1–4 times (different scores), some in the title.
    private static IEnumerable<Document> Articles()
    {
        var random = new Random(17);
        for (var i = 0; i < ArticleCount; i++)
        {
            var text = string.Join(' ', s_words.Where((_, w) => random.Next(w + 2) == 0).SelectMany(w => Enumerable.Repeat(w, random.Next(1, 5))));
            var title = random.Next(4) == 0 ? s_words[random.Next(s_words.Length)] : "خبر";
            yield return new Document
            {
                new TextField(SearchFields.Title, title, Field.Store.NO),
                new TextField(SearchFields.Text, text + " نص", Field.Store.NO),
            };
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    public static TheoryData<string> Shapes => ["word", "two words, either", "three words, coordinated", "a word without another",
        "a word's fields without another word", "either of a nested either"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void HandsOnLucenesDocumentsWithItsScores(string shape)
    {
        var query = Query(shape);

        var lucene = Collected(_searcher.CreateNormalizedWeight(query), expectBucketScorer: true);
        var bucket = Collected(BucketBooleanQuery.Weigh(_searcher, query), expectBucketScorer: false);

        Assert.True(lucene.Count > BucketTable.Size && lucene.Max(h => h.Doc) > 3 * BucketTable.Size, $"{lucene.Count} matches");
        Assert.Equal(lucene.OrderBy(h => h.Doc), bucket.OrderBy(h => h.Doc));
    }

    [Theory]
    [InlineData("word")]
    [InlineData("three words, coordinated")]
    [InlineData("a word's fields without another word")]
    public void ADisjunctionOfTermsAloneHandsOnItsDocumentsInDocumentOrder(string shape)
    {
        var hits = Collected(BucketBooleanQuery.Weigh(_searcher, Query(shape)), expectBucketScorer: false);

        Assert.True(hits.Count > BucketTable.Size, $"{hits.Count} matches");
        Assert.Equal(hits.OrderBy(h => h.Doc), hits);
    }

    [Theory]
    [InlineData("word")]
    [InlineData("three words, coordinated")]
    [InlineData("a word's fields without another word")]
    public void ADisjunctionOfTermsAloneScoredWindowByWindowHandsOnLucenesDocumentsWithItsScores(string shape)
    {
        var query = Query(shape);
        var lucene = Collected(_searcher.CreateNormalizedWeight(query), expectBucketScorer: true);

        var weight = BucketBooleanQuery.Weigh(_searcher, query);
        var windows = new InArrivalOrder(0);
        foreach (var leaf in _reader.Leaves)
        {
            windows.SetNextReader(leaf);
            var scorer = weight.GetBulkScorer(leaf, scoreDocsInOrder: false, leaf.AtomicReader.LiveDocs)!;
            for (var max = 37; scorer.Score(windows, max); max += 37) { }
        }

        Assert.Equal(lucene.OrderBy(h => h.Doc), windows.Hits);
    }

    [Theory]
    [InlineData("word")]
    [InlineData("two words, both")]
    [InlineData("a word without another")]
    [InlineData("either of a nested either")]
    public void InDocumentOrderAWordsTwoTermsGiveLucenesDocumentsAndScores(string shape)
    {
        var query = Query(shape);

        var lucene = InOrder(_searcher.CreateNormalizedWeight(query));
        var pairs = InOrder(BucketBooleanQuery.Weigh(_searcher, query));

        Assert.True(lucene.Count > 100, $"{lucene.Count} matches");
        Assert.Equal(lucene, pairs);
    }

    [Fact]
    public void InDocumentOrderAWordIsScoredAsAPairOfTerms()
    {
        var weight = BucketBooleanQuery.Weigh(_searcher, Query("word"));

        Assert.All(_reader.Leaves, leaf => Assert.IsType<TermPairScorer>(weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs)));
    }

    private List<(int Doc, float Score)> InOrder(Weight weight)
    {
        var hits = new List<(int Doc, float Score)>();
        foreach (var leaf in _reader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer) continue;
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                hits.Add((leaf.DocBase + doc, scorer.GetScore()));
        }
        return hits;
    }

    [Fact]
    public void ASecondSearchOnTheSameThreadReusesItsTables()
    {
        var query = Query("two words, either");
        Collected(BucketBooleanQuery.Weigh(_searcher, query), expectBucketScorer: false);
        var collector = new InArrivalOrder(capacity: ArticleCount);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Collected(BucketBooleanQuery.Weigh(_searcher, query), expectBucketScorer: false, collector);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Less than one table's arrays (2,048 slots of five numbers, 48 KB); it takes three: one per word, one over them.
        Assert.True(allocated < BucketTable.Size * (4 * sizeof(int) + sizeof(double)), $"{allocated:N0} bytes");
    }

    private static Query Query(string shape) => shape switch
    {
        "word" => QueryBuilder.Word("مطر"),
        "two words, either" => new BooleanQuery { { QueryBuilder.Word("مطر"), Occur.SHOULD }, { QueryBuilder.Word("ريح"), Occur.SHOULD } },
        "two words, both" => new BooleanQuery { { QueryBuilder.Word("مطر"), Occur.MUST }, { QueryBuilder.Word("ريح"), Occur.MUST } },
        "three words, coordinated" => new BooleanQuery { { Term("سحاب"), Occur.SHOULD }, { Term("برق"), Occur.SHOULD }, { Term("رعد"), Occur.SHOULD } },
        "a word without another" => new BooleanQuery { { QueryBuilder.Word("سحاب"), Occur.SHOULD }, { QueryBuilder.Word("رعد"), Occur.MUST_NOT } },
        // As FrequentTerms flattens a word beside a rarer exclusion.
        "a word's fields without another word" => new BooleanQuery(disableCoord: true)
        {
            { ((BooleanQuery)QueryBuilder.Word("سحاب")).Clauses[0].Query, Occur.SHOULD },
            { ((BooleanQuery)QueryBuilder.Word("سحاب")).Clauses[1].Query, Occur.SHOULD },
            { QueryBuilder.Word("رعد"), Occur.MUST_NOT },
        },
        _ => new BooleanQuery
        {
            { QueryBuilder.Word("برق"), Occur.SHOULD },
            { new BooleanQuery { { QueryBuilder.Word("مطر"), Occur.SHOULD }, { QueryBuilder.Word("رعد"), Occur.SHOULD } }, Occur.SHOULD },
        },
    };

    private static TermQuery Term(string word) => new(new Term(SearchFields.Text, word));

    private List<(int Doc, float Score)> Collected(Weight weight, bool expectBucketScorer, InArrivalOrder? collector = null)
    {
        collector ??= new InArrivalOrder(0);
        foreach (var leaf in _reader.Leaves)
        {
            collector.SetNextReader(leaf);
            var scorer = weight.GetBulkScorer(leaf, scoreDocsInOrder: false, leaf.AtomicReader.LiveDocs)!;
            Assert.Equal(expectBucketScorer, scorer.GetType().Name == "BooleanScorer");
            scorer.Score(collector);
        }
        return collector.Hits;
    }

    private sealed class InArrivalOrder(int capacity) : ICollector
    {
        private Scorer? _scorer;
        private int _base;
        public List<(int Doc, float Score)> Hits { get; } = new(capacity);

        public void SetScorer(Scorer scorer) => _scorer = scorer;
        public void Collect(int doc) => Hits.Add((_base + doc, _scorer!.GetScore()));
        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;
        public bool AcceptsDocsOutOfOrder => true;
    }
}
