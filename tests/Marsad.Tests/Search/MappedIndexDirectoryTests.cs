using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marsad.Tests.Search;

public sealed class MappedIndexDirectoryTests : IDisposable
{
    private static readonly string[] s_texts =
    [
        "شنت الطائرات هجمات على مواقع في الرياض أمس.",
        "وبالهجمات الأخيرة ارتفع عدد الضحايا إلى ٢٠ شخصا.",
        "أعلنت وزارة الخارجية عن زيارة إلى إيران الأسبوع المقبل.",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "marsad-mapped-" + Guid.NewGuid().ToString("N")[..8]);

    public MappedIndexDirectoryTests()
    {
        // Two commits of small segments: Lucene writes them as compound files (.cfs), read as slices of one mapping.
        using var directory = FSDirectory.Open(_folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer()) { UseCompoundFile = true });
        for (var i = 0; i < s_texts.Length; i++)
        {
            writer.AddDocument(Article(i, s_texts[i]));
            if (i == 1) writer.Commit();
        }
        writer.Commit();
    }

    [Fact]
    public void EveryFileAndEveryFileInsideACompoundFileReadsTheSameBytesAsThroughLucenesOwnDirectory()
    {
        using var lucene = FSDirectory.Open(_folder);
        using var mapped = new MappedIndexDirectory(new DirectoryInfo(_folder));
        var files = lucene.ListAll();
        Assert.Contains(files, f => f.EndsWith(".cfs", StringComparison.Ordinal));
        foreach (var file in files.Where(f => f != IndexWriter.WRITE_LOCK_NAME))
        {
            Assert.Equal(Bytes(lucene, file), Bytes(mapped, file));
            if (!file.EndsWith(".cfs", StringComparison.Ordinal)) continue;
            using var expected = new CompoundFileDirectory(lucene, file, IOContext.READ, false);
            using var actual = new CompoundFileDirectory(mapped, file, IOContext.READ, false);
            Assert.Equal(expected.ListAll(), actual.ListAll());
            foreach (var inner in expected.ListAll()) Assert.Equal(Bytes(expected, inner), Bytes(actual, inner));
        }
    }

    [Fact]
    public void ASearchFindsTheSameArticlesWithTheSameScoresAndTermVectorsAsThroughLucenesOwnDirectory()
    {
        using var lucene = FSDirectory.Open(_folder);
        using var mapped = new MappedIndexDirectory(new DirectoryInfo(_folder));
        using var expectedReader = DirectoryReader.Open(lucene);
        using var actualReader = DirectoryReader.Open(mapped);
        var query = Marsad.Search.QueryBuilder.ParseText("الهجمات");

        var expected = new IndexSearcher(expectedReader).Search(query, 10).ScoreDocs;
        var actual = new IndexSearcher(actualReader).Search(query, 10).ScoreDocs;

        // «هجمات» and «وبالهجمات» share the term of «الهجمات» (their singular's stem, هجوم); the third article has neither.
        Assert.Equal(["0", "1"], actual.Select(d => actualReader.Document(d.Doc).Get("n")).Order());
        Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
        Assert.Equal(Offsets(expectedReader, 1, "هجوم"), Offsets(actualReader, 1, "هجوم"));
        Assert.Equal([(0, 9)], Offsets(actualReader, 1, "هجوم"));
    }

    [Fact]
    public void AClonedInputKeepsItsOwnPositionAndReadingPastTheEndThrows()
    {
        var file = Path.Combine(_folder, "plain.bin");
        File.WriteAllBytes(file, [1, 2, 3, 4, 5]);
        using var mapped = new MappedIndexDirectory(new DirectoryInfo(_folder));
        using var input = mapped.OpenInput("plain.bin", IOContext.READ);
        input.Seek(3);
        var clone = (IndexInput)input.Clone();
        clone.Seek(0);

        Assert.Equal(4, input.ReadByte());
        Assert.Equal(1, clone.ReadByte());
        var rest = new byte[2];
        clone.ReadBytes(rest, 0, 2);
        Assert.Equal([2, 3], rest);
        Assert.Equal(5, input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => clone.ReadBytes(new byte[3], 0, 3));
    }

    private static Document Article(int n, string text) => new()
    {
        new StringField("n", n.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
        new TextField(SearchFields.Title, "", Field.Store.NO),
        new Field(SearchFields.Text, text, new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true }),
    };

    private static byte[] Bytes(LuceneDirectory directory, string file)
    {
        using var input = directory.OpenInput(file, IOContext.READ);
        var bytes = new byte[input.Length];
        input.ReadBytes(bytes, 0, bytes.Length);
        return bytes;
    }

    private static List<(int Start, int End)> Offsets(IndexReader reader, int doc, string term)
    {
        var terms = reader.GetTermVector(doc, SearchFields.Text).GetEnumerator();
        Assert.True(terms.SeekExact(new BytesRef(term)));
        var positions = terms.DocsAndPositions(null, null);
        positions.NextDoc();
        var offsets = new List<(int, int)>();
        for (var i = 0; i < positions.Freq; i++)
        {
            positions.NextPosition();
            offsets.Add((positions.StartOffset, positions.EndOffset));
        }
        return offsets;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder)) System.IO.Directory.Delete(_folder, recursive: true);
    }
}
