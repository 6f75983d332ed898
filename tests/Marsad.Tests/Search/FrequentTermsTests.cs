using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;
using QueryBuilder = Marsad.Search.QueryBuilder;

namespace Marsad.Tests.Search;

/// <summary>A word in half the articles or more is score only in a disjunction with other words; every other query
/// finds what it did, and the excluded-word rewrite changes neither hits nor scores.</summary>
public sealed class FrequentTermsTests : IDisposable
{
    // Written for these tests: «في» stands in every article, «الهجوم» in two, «سوف» in one; the function word «هذا»
    // and the content word «الأمطار» in two (a third: under half, over a quarter).
    private static readonly string[] s_texts =
    [
        "وقع الهجوم في العاصمة فجر اليوم",
        "أدان الوزير الهجوم في كلمته",
        "سوف تعقد القمة في الرياض",
        "ارتفعت الأسعار في الأسواق هذا الأسبوع",
        "هطلت الأمطار في الشمال هذا الصباح",
        "افتتح المعرض في جدة رغم الأمطار",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public FrequentTermsTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer())))
        {
            foreach (var text in s_texts)
                writer.AddDocument(new Document { new TextField(SearchFields.Title, "", Field.Store.NO), new TextField(SearchFields.Text, text, Field.Store.NO) });
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

    private Query Shaped(string text) => FrequentTerms.Shape(QueryBuilder.ParseText(text), _reader, minimumArticles: 1);

    private List<(int Doc, float Score)> Hits(Query query) =>
        [.. _searcher.Search(query, 10).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc)];

    [Fact]
    public void ADisjunctionWithAWordInEveryArticleFindsTheOtherWordsArticlesWithTheirScores()
    {
        var written = Hits(QueryBuilder.ParseText("سوف OR في"));

        var shaped = Hits(Shaped("سوف OR في"));

        Assert.Equal(6, written.Count);
        Assert.Equal([written[2]], shaped);
    }

    [Fact]
    public void AFunctionWordInAQuarterOfTheArticlesIsScoreOnlyInADisjunction()
    {
        var written = Hits(QueryBuilder.ParseText("سوف OR هذا"));

        var shaped = Hits(Shaped("سوف OR هذا"));

        Assert.Equal([2, 3, 4], written.Select(h => h.Doc));
        Assert.Equal([written[0]], shaped);
    }

    [Fact]
    public void AContentWordUnderHalfTheArticlesStaysAnAlternative()
    {
        var written = QueryBuilder.ParseText("سوف OR الأمطار");

        Assert.Equal(written, FrequentTerms.Shape(written, _reader, minimumArticles: 1));
        Assert.Equal([2, 4, 5], Hits(Shaped("سوف OR الأمطار")).Select(h => h.Doc));
    }

    [Fact]
    public void FrequentWordsAloneAConjunctionAndRareWordsAreSearchedAsWritten()
    {
        foreach (var text in new[] { "في", "سوف في", "سوف OR الهجوم", "\"الهجوم في\"" })
        {
            var written = QueryBuilder.ParseText(text);
            Assert.Equal(written, FrequentTerms.Shape(written, _reader, minimumArticles: 1));
        }
        Assert.Equal([0, 1, 2], Hits(Shaped("سوف OR الهجوم")).Select(h => h.Doc));
    }

    [Fact]
    public void AnIndexOfFewerArticlesThanTheMinimumKeepsEveryDisjunction()
    {
        var written = QueryBuilder.ParseText("سوف OR في");

        Assert.Same(written, FrequentTerms.Shape(written, _reader));
    }

    [Fact]
    public void AFrequentWordBesideARarerExclusionIsSearchedAsItsFieldsAtTheTopLevel()
    {
        var shaped = Assert.IsType<BooleanQuery>(Shaped("في NOT الهجوم"));

        // One bucket table for the word's two fields, not a table per field feeding the query's own.
        Assert.Equal(["title:في^2.0", "text:في"], shaped.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => c.Query.ToString()));
        Assert.True(shaped.CoordDisabled);
        Assert.Single(shaped.Clauses, c => c.Occur == Occur.MUST_NOT);
    }

    [Fact]
    public void AFrequentWordWithARarerExclusionFindsTheSameArticlesWithTheSameScores()
    {
        var shaped = Shaped("في NOT الهجوم");

        Assert.NotEqual(QueryBuilder.ParseText("في NOT الهجوم"), shaped);
        Assert.Equal(Hits(QueryBuilder.ParseText("في NOT الهجوم")), Hits(shaped));
        Assert.Equal([2, 3, 4, 5], Hits(shaped).Select(h => h.Doc));
        // The exclusion outweighs the required word: left as written.
        Assert.Equal(QueryBuilder.ParseText("سوف NOT في"), Shaped("سوف NOT في"));
    }
}
