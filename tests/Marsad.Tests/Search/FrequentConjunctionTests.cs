using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marsad.Search;
using QueryBuilder = Marsad.Search.QueryBuilder;

namespace Marsad.Tests.Search;

/// <summary>A conjunction of frequent words is scored as their disjunction over the articles holding every word: the
/// same articles with the same scores; a rare word keeps the conjunction.</summary>
public sealed class FrequentConjunctionTests : IDisposable
{
    // Written for these tests: «في» in every article, «على» in four of six (both frequent), «الميناء» in one.
    private static readonly string[] s_texts =
    [
        "وافق المجلس على الخطة في جلسته",
        "حصل الفريق على الكأس في المباراة الأخيرة",
        "أقيم المعرض في جدة",
        "وصلت السفينة إلى الميناء في الصباح",
        "تعليق على القرار في الصحيفة وعلى الموقع",
        "اعترض النواب على الميزانية في البرلمان على عجل",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public FrequentConjunctionTests()
    {
        _reader = InMemoryIndex.Open(_directory, s_texts.Select((text, i) => InMemoryIndex.Article($"a{i}", text)));
        _searcher = new IndexSearcher(_reader);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void FrequentWordsScoredAsADisjunctionOverTheArticlesHoldingEveryWordFindTheSameArticlesWithTheSameScores()
    {
        var written = QueryBuilder.ParseText("في على");
        var split = FrequentConjunction.Split(written, _reader, minimumArticles: 1);

        Assert.NotNull(split);
        var collector = TopScoreDocCollector.Create(10, true);
        FilterBits.For(_reader, split.Value.Required).Search(_searcher, split.Value.Any, collector);
        var expected = _searcher.Search(written, 10).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();
        Assert.Equal([0, 1, 4, 5], expected.Select(d => d.Doc));
        Assert.Equal(expected, collector.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc));
    }

    [Fact]
    public void SplitOverSeveralSegmentsWithADeletedArticleFindsTheSameArticlesWithTheSameScores()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new MarsadAnalyzer()) { MergePolicy = NoMergePolicy.COMPOUND_FILES }))
        {
            // Three segments of two articles; the third segment's first article (both words) deleted.
            for (var i = 0; i < s_texts.Length; i++)
            {
                writer.AddDocument(InMemoryIndex.Article($"a{i}", s_texts[i]));
                if (i % 2 == 1) writer.Commit();
            }
            writer.DeleteDocuments(new Term(SearchFields.Id, "a4"));
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var written = QueryBuilder.ParseText("في على");
        var split = FrequentConjunction.Split(written, reader, minimumArticles: 1);

        Assert.Equal(3, reader.Leaves.Count);
        Assert.NotNull(split);
        var collector = TopScoreDocCollector.Create(10, true);
        FilterBits.For(reader, split.Value.Required).Search(searcher, split.Value.Any, collector);
        var expected = searcher.Search(written, 10).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();
        Assert.Equal([0, 1, 5], expected.Select(d => d.Doc));
        Assert.Equal(expected, collector.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc));
    }

    [Fact]
    public void AConjunctionWithARareWordIsSearchedAsWritten()
    {
        Assert.Null(FrequentConjunction.Split(QueryBuilder.ParseText("في الميناء"), _reader, minimumArticles: 1));
    }
}
