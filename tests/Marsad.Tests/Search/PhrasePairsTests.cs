using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marsad.Search;
using QueryBuilder = Marsad.Search.QueryBuilder;

namespace Marsad.Tests.Search;

/// <summary>An article's adjacent common words are indexed as pairs, and a phrase of common words is narrowed by its pairs: the same articles
/// with the same scores, its candidates read from one pair's postings.</summary>
public sealed class PhrasePairsTests : IDisposable
{
    // Written for these tests: «يوم الأحد» stands as a phrase in the first two articles (in the second, in its title),
    // its two words apart in the third; «خلال العام الجديد» as a phrase in the fourth only.
    private static readonly (string Title, string Text)[] s_articles =
    [
        ("افتتاح المعرض", "افتتح المعرض أبوابه يوم الأحد في الرياض"),
        ("اجتماع يوم الأحد", "اجتمع الوزراء لبحث الميزانية"),
        ("مباراة الأحد", "في يوم مشمس لعب الفريقان مباراة الأحد"),
        ("جلسة", "عقد المجلس جلسته الأولى خلال العام الجديد يوم الأحد"),
        ("جلسة أخرى", "عقد المجلس الجديد جلسة خلال العام"),
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public PhrasePairsTests()
    {
        _reader = InMemoryIndex.Open(_directory, s_articles.Select((a, i) => IndexDocument.Build(new IndexRecord($"a{i}", null, a.Title, a.Text, null, [], [], []), null)));
        _searcher = new IndexSearcher(_reader);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private List<(int Doc, float Score)> Hits(Query query) =>
        [.. _searcher.Search(query, 10).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc)];

    private Query Searched(string text) => QueryBuilder.Text(new QueryBuilder.Parsed(QueryBuilder.ParseText(text), []), _reader);

    [Fact]
    public void EachPairOfAdjacentCommonWordsOfTitleAndTextIsATermOfItsPairField()
    {
        Assert.Equal(2, _reader.DocFreq(new Term(SearchFields.TextPairs, WordPairs.Of(Term("يوم"), Term("الأحد")))));
        Assert.Equal(1, _reader.DocFreq(new Term(SearchFields.TitlePairs, WordPairs.Of(Term("يوم"), Term("الأحد")))));
        Assert.Equal(1, _reader.DocFreq(new Term(SearchFields.TextPairs, WordPairs.Of(Term("الأحد"), Term("في")))));
        // Only neighbours: «في … الأحد» six words apart is none.
        Assert.Equal(0, _reader.DocFreq(new Term(SearchFields.TextPairs, WordPairs.Of(Term("في"), Term("الأحد")))));
    }

    [Fact]
    public void APairWithAWordOutsideTheCommonWordsIsNotIndexed()
    {
        // «مشمس» and «المعرض» are not common words; «يوم» and «الأحد» are.
        Assert.False(CommonWords.Contains(Term("مشمس")));
        Assert.True(CommonWords.Contains(Term("يوم")) && CommonWords.Contains(Term("الأحد")));

        Assert.Equal(0, _reader.DocFreq(new Term(SearchFields.TextPairs, WordPairs.Of(Term("يوم"), Term("مشمس")))));
        Assert.Equal(0, _reader.DocFreq(new Term(SearchFields.TextPairs, WordPairs.Of(Term("افتتح"), Term("المعرض")))));
        Assert.Equal(0, _reader.DocFreq(new Term(SearchFields.TitlePairs, WordPairs.Of(Term("افتتاح"), Term("المعرض")))));
    }

    [Fact]
    public void APhraseWithAWordOutsideTheCommonWordsIsSearchedAsWritten()
    {
        using var directory = new RAMDirectory();
        // «مشمس» and «يوم» in every article: frequent here, but «مشمس» is no common word, so «يوم مشمس» has no pair.
        using var reader = InMemoryIndex.Open(directory, Enumerable.Range(0, 10).Select(i => InMemoryIndex.Article($"a{i}", $"كان يوم مشمس في المدينة رقم {i}")));
        var phrase = QueryBuilder.ParseText("\"يوم مشمس\"");

        var searched = QueryBuilder.Text(new QueryBuilder.Parsed(phrase, []), reader);

        Assert.Equal(phrase, searched);
        Assert.Equal(10, new IndexSearcher(reader).Search(searched, 10).TotalHits);
    }

    [Fact]
    public void APhraseIsNarrowedByItsPairAndFindsTheSameArticlesWithTheSameScores()
    {
        var written = Hits(QueryBuilder.ParseText("\"يوم الأحد\""));

        var searched = Searched("\"يوم الأحد\"");

        Assert.Contains(SearchFields.TextPairs, searched.ToString(), StringComparison.Ordinal);
        Assert.Equal([0, 1, 3], written.Select(h => h.Doc));
        Assert.Equal(written, Hits(searched));
    }

    [Fact]
    public void APhraseOfThreeWordsNeedsEachOfItsPairsInOrder()
    {
        // The fifth article holds «خلال العام» and «الجديد» but not «العام الجديد».
        var written = Hits(QueryBuilder.ParseText("\"خلال العام الجديد\" OR \"العام الجديد\""));

        var searched = Searched("\"خلال العام الجديد\" OR \"العام الجديد\"");

        Assert.Contains(SearchFields.TextPairs, searched.ToString(), StringComparison.Ordinal);
        Assert.Equal([3], written.Select(h => h.Doc));
        Assert.Equal(written, Hits(searched));
    }

    [Fact]
    public void APhraseBesideWordsAndExclusionsKeepsItsArticlesAndScores()
    {
        foreach (var text in new[] { "\"يوم الأحد\" المعرض", "الأحد NOT \"يوم الأحد\"", "\"يوم الأحد\" OR مباراة" })
        {
            var written = Hits(QueryBuilder.ParseText(text));

            Assert.NotEmpty(written);
            Assert.Equal(written, Hits(Searched(text)));
        }
    }

    [Fact]
    public void AnIndexWithoutPairFieldsIsSearchedWithItsPhrasesAsWritten()
    {
        using var directory = new RAMDirectory();
        using var reader = InMemoryIndex.Open(directory, s_articles.Select(a => new Document
        {
            new TextField(SearchFields.Title, a.Title, Field.Store.NO), new TextField(SearchFields.Text, a.Text, Field.Store.NO),
        }));
        var parsed = QueryBuilder.ParseText("\"يوم الأحد\"");

        var searched = QueryBuilder.Text(new QueryBuilder.Parsed(parsed, []), reader);

        Assert.Equal(parsed, searched);
        Assert.Equal(3, new IndexSearcher(reader).Search(searched, 10).TotalHits);
    }

    [Fact]
    public void AnIndexWhosePairsWereMadeWithAnotherListIsSearchedWithItsPhrasesAsWritten()
    {
        using var directory = new RAMDirectory();
        // As a layout-5 index held them: every pair, in fields named without the list's fingerprint.
        using var reader = InMemoryIndex.Open(directory, s_articles.Select(a => new Document
        {
            new TextField(SearchFields.Title, a.Title, Field.Store.NO), new TextField(SearchFields.Text, a.Text, Field.Store.NO),
            new TextField("title_pairs", a.Title, Field.Store.NO), new TextField("text_pairs", a.Text, Field.Store.NO),
        }));
        var parsed = QueryBuilder.ParseText("\"يوم الأحد\"");

        Assert.Equal(parsed, QueryBuilder.Text(new QueryBuilder.Parsed(parsed, []), reader));
    }

    [Fact]
    public void APhraseWithAWordInUnderATenthOfTheArticlesIsSearchedAsWritten()
    {
        using var directory = new RAMDirectory();
        // «خلال» in one article of eleven; «يوم» and «الأحد» in every one.
        using var reader = InMemoryIndex.Open(directory,
            [InMemoryIndex.Article("a0", "عقد المجلس جلسته خلال العام يوم الأحد"), .. Enumerable.Range(1, 10).Select(i => InMemoryIndex.Article($"a{i}", $"جرى اللقاء رقم {i} يوم الأحد"))]);
        var rare = QueryBuilder.ParseText("\"خلال العام\"");
        var common = QueryBuilder.ParseText("\"يوم الأحد\"");

        Assert.Equal(rare, QueryBuilder.Text(new QueryBuilder.Parsed(rare, []), reader));
        Assert.NotEqual(common, QueryBuilder.Text(new QueryBuilder.Parsed(common, []), reader));
    }

    private static string Term(string word) => Assert.Single(SearchTerms.Of(word)).Term;
}
