using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;
using QueryBuilder = Marsad.Search.QueryBuilder;

namespace Marsad.Tests.Search;

/// <summary>The query's words, prefixes and phrases are read from the postings at the hits shown, in whichever segment
/// each hit lives and in whatever order the hits come; an index whose text keeps no offsets gives no occurrences.</summary>
public sealed class HitOccurrencesTests : IDisposable
{
    // Written for these tests; two segments (a commit after the second article).
    private static readonly string[] s_texts =
    [
        "قال وزير الخارجية إن الهجمات على الحدود لن تمر دون رد.",
        "التقى ولي العهد وزير الخارجية الفرنسي في الرياض.",
        "ناقش المجلس الهجوم الأخير، وقال وزير الخارجية إن ولي العهد يتابع.",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public HitOccurrencesTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer())))
        {
            for (var i = 0; i < s_texts.Length; i++)
            {
                writer.AddDocument(IndexDocument.Build(new IndexRecord($"a{i}", null, null, s_texts[i], null, [], [], []), null));
                if (i == 1) writer.Commit();
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>Each occurrence as the original text it spans, with its position and label, in text order.</summary>
    private List<string> Found(int doc, string query)
    {
        var highlight = HighlightTerms.Of(QueryBuilder.ParseText(query));
        var words = HitOccurrences.Read(_reader, [doc], highlight)[0];
        return [.. SnippetBuilder.Find(words, highlight).Select(o => $"{o.Position}:{s_texts[doc][o.Span.Start..o.Span.End]}:{o.Label}")];
    }

    [Fact]
    public void AWordIsFoundInEveryFormItTakesInTheHitsText()
    {
        Assert.Equal(["4:الهجمات:هجوم"], Found(0, "الهجوم"));
        Assert.Equal(["2:الهجوم:هجوم"], Found(2, "الهجمات"));
    }

    [Fact]
    public void APhraseIsFoundOnlyWhereItsWordsStandInOrder()
    {
        Assert.Equal(["1:ولي:ولي عهد", "2:العهد:ولي عهد"], Found(1, "\"ولي العهد\""));
        Assert.Equal(["8:ولي:ولي عهد", "9:العهد:ولي عهد"], Found(2, "\"ولي العهد\""));
        Assert.Empty(Found(2, "\"العهد ولي\""));
    }

    [Fact]
    public void APrefixIsFoundUnderEachTermItStandsFor()
    {
        Assert.Equal(["5:وزير:وز"], Found(2, "وز*"));
        Assert.Equal(["1:وزير:وزير", "2:الخارجية:خار"], Found(0, "وزير OR خار*"));
    }

    [Fact]
    public void HitsInAnyOrderAndInDifferentSegmentsEachGetTheirOwnOccurrences()
    {
        var highlight = HighlightTerms.Of(QueryBuilder.ParseText("وزير"));

        var words = HitOccurrences.Read(_reader, [2, 0, 1], highlight);

        Assert.Equal([[5], [1], [3]], words.Select(w => SnippetBuilder.Find(w, highlight).Select(o => o.Position).ToArray()));
    }

    [Fact]
    public void AnIndexWhoseTextKeepsNoOffsetsGivesItsHitsNoOccurrences()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer())))
            writer.AddDocument(new Document { new TextField(SearchFields.Text, s_texts[0], Field.Store.NO) });
        using var reader = DirectoryReader.Open(directory);
        var highlight = HighlightTerms.Of(QueryBuilder.ParseText("وزير"));

        var words = HitOccurrences.Read(reader, [0], highlight);

        Assert.Empty(SnippetBuilder.Find(words[0], highlight));
    }
}
