using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marsad.Search;
using QueryBuilder = Marsad.Search.QueryBuilder;

namespace Marsad.Tests.Search;

/// <summary>OR joins the words on either side of it into alternatives, and the alternatives are required beside the
/// query's other words; phrases and parenthesised groups are alternatives like words; a conjunction of words found in
/// most articles finds the articles that hold all of them.</summary>
public sealed class QueryOrPrecedenceTests : IDisposable
{
    // Written for these tests. الرياض: 0, 1, 2; الهجوم: 1, 3; الفيضان: 0, 4; جدة: 3, 4; «يوم الأحد»: 5 (and its
    // words apart in 4); في: 0, 1, 3, 4; على: 0, 3, 5.
    private static readonly string[] s_texts =
    [
        "هطلت الأمطار على الرياض وتسببت في الفيضان",
        "وقع الهجوم في الرياض صباح اليوم",
        "زار الوزير الرياض لبحث التعاون",
        "وقع الهجوم على قافلة في جدة",
        "أعلنت الوزارة يوم الخميس عن الفيضان قرب جدة في الأحد الماضي",
        "اجتمع المجلس يوم الأحد على عجل",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public QueryOrPrecedenceTests()
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
    public void AParserKeptForTheThreadParsesAfterARefusedQueryAsAFreshOneAndAllocatesLittle()
    {
        var expected = QueryBuilder.ParseText("النفط OR الغاز الأسعار").ToString();
        Assert.Throws<SearchException>(() => QueryBuilder.ParseText("(النفط OR"));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = QueryBuilder.ParseText("النفط OR الغاز الأسعار");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(expected, again.ToString());
        Assert.InRange(allocated, 0, 19_000);
    }

    // As SearchService searches a text: parsed, then shaped by the index (frequent words at any index size here).
    private int[] Found(string text)
    {
        var query = PhrasePairs.Shape(FrequentTerms.Shape(QueryBuilder.ParseText(text), _reader, minimumArticles: 1), _reader);
        return [.. _searcher.Search(query, 10).ScoreDocs.Select(d => d.Doc).Order()];
    }

    [Fact]
    public void AWordBeforeAlternativesIsRequiredBesideOneOfThem()
    {
        Assert.Equal([0, 1], Found("الرياض الهجوم OR الفيضان"));
    }

    [Fact]
    public void AlternativesBeforeAWordNeedOneOfThemBesideIt()
    {
        Assert.Equal([0, 1], Found("الهجوم OR الفيضان الرياض"));
        Assert.Equal([3, 4], Found("الهجوم OR الفيضان AND جدة"));
    }

    [Fact]
    public void APhraseIsAnAlternativeLikeAWordWithOrWithoutParentheses()
    {
        Assert.Equal([1, 3, 5], Found("\"يوم الأحد\" OR الهجوم"));
        Assert.Equal([3], Found("\"يوم الأحد\" OR الهجوم جدة"));
        Assert.Equal([3], Found("(\"يوم الأحد\" OR الهجوم) جدة"));
        Assert.Equal([3], Found("(\"يوم الأحد\" OR جدة) الهجوم"));
    }

    [Fact]
    public void TwoRunsOfAlternativesEachNeedOneOfTheirs()
    {
        Assert.Equal([0, 1, 3], Found("الرياض OR جدة الهجوم OR الأمطار"));
    }

    [Fact]
    public void AnExclusionStaysOutsideTheAlternatives()
    {
        Assert.Equal([1, 4], Found("الهجوم OR الفيضان NOT على"));
        Assert.Equal([1], Found("الرياض الهجوم OR الفيضان -على"));
    }

    [Fact]
    public void FrequentWordsAsAlternativesBesideAnotherWordNeedOneOfThem()
    {
        // في and على are frequent here; as the alternatives of a required group they match as written.
        Assert.Equal([0, 1], Found("في OR على الرياض"));
    }

    [Fact]
    public void AConjunctionOfTwoFrequentWordsFindsTheArticlesHoldingBoth()
    {
        Assert.Equal([0, 3], Found("في على"));
        Assert.Equal([0, 3], Found("في AND على"));
        Assert.Equal([1, 4], Found("في NOT على"));
    }

    [Fact]
    public void OneRunOfAlternativesKeepsTheParsersShape()
    {
        var parsed = QueryBuilder.ParseText("الهجوم OR \"يوم الأحد\" NOT جدة");

        var clauses = Assert.IsType<BooleanQuery>(parsed).Clauses;
        Assert.Equal([Occur.SHOULD, Occur.SHOULD, Occur.MUST_NOT], clauses.Select(c => c.Occur));
        Assert.Equal([1, 5], Found("الهجوم OR \"يوم الأحد\" NOT جدة"));
    }
}
