using System.Text;
using Marsad.Ingest;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Ingest;

/// <summary>Damaged or mixed encodings are reported by line and byte and flagged; never stored as mojibake.</summary>
public sealed class EncodingEvidenceTests
{
    private static readonly Encoding s_windows1256;

    static EncodingEvidenceTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        s_windows1256 = Encoding.GetEncoding(1256);
    }

    private static readonly string s_story = string.Join("\n", ArabicSamples.Hospital, ArabicSamples.Maintenance, ArabicSamples.Market);

    private static (List<IngestProblem> Problems, List<Marsad.Documents.Article> Articles) ReadAll(string path)
    {
        var items = ArticleReader.Read([path]).ToList();
        var articles = items.Where(i => i.IsArticle).Select(i => i.Article!).ToList();
        Mojibake.AssertNone(articles.Select(a => a.Text).Concat(articles.Select(a => a.Title)));
        return (items.Where(i => i.Problem is not null).Select(i => i.Problem!).ToList(), articles);
    }

    [Fact]
    public void AUtf8FileMissingItsLastByteIsUtf8WithTheCutCharacterReported()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes(s_story);
        var path = folder.Write("cut.txt", bytes[..^1]);

        var (problems, articles) = ReadAll(path);

        var problem = Assert.Single(problems);
        Assert.Equal(($"{path}:3", IngestProblemCodes.InvalidUtf8, "MARSAD-I010"), (problem.Path, problem.Code, problem.StableCode));
        Assert.Contains($"line 3 (byte {bytes.Length - 2:N0}): 1 byte not valid UTF-8", problem.Message);
        var article = Assert.Single(articles);
        Assert.Equal(s_story[..^1] + "\uFFFD", article.Text);
        Assert.Equal([IngestProblemCodes.InvalidUtf8], article.Flags);
    }

    [Fact]
    public void OneStrayByteInUtf8IsReplacedAndTheRestStaysArabic()
    {
        using var folder = new TempFolder();
        var head = Encoding.UTF8.GetBytes(ArabicSamples.Hospital + "\n" + "قال المتحدث ");
        byte[] bytes = [.. head, 0xFF, .. Encoding.UTF8.GetBytes("إن الأعمال ستنتهي قريباً.")];
        var path = folder.Write("stray.txt", bytes);

        var (problems, articles) = ReadAll(path);

        Assert.Equal([($"{path}:2", IngestProblemCodes.InvalidUtf8)], problems.Select(p => (p.Path, p.Code)));
        Assert.Contains($"line 2 (byte {head.Length:N0})", problems[0].Message);
        Assert.Equal(ArabicSamples.Hospital + "\nقال المتحدث \uFFFDإن الأعمال ستنتهي قريباً.", articles[0].Text);
    }

    [Fact]
    public void AWindows1256LineAfter64KilobytesOfUtf8JsonLinesIsReadAsWindows1256AndNamed()
    {
        using var folder = new TempFolder();
        var utf8Lines = Enumerable.Range(1, 600).Select(n => $$"""{"id": "u{{n}}", "text": "{{ArabicSamples.Library}} {{n}}"}""" + "\n");
        var head = Encoding.UTF8.GetBytes(string.Concat(utf8Lines));
        Assert.True(head.Length > 1 << 16);
        var legacy = s_windows1256.GetBytes($$"""{"id": "legacy", "title": "أمطار", "text": "{{ArabicSamples.Rain}}"}""");
        byte[] tail = [.. Encoding.UTF8.GetBytes("\n" + $$"""{"id": "after", "text": "{{ArabicSamples.Market}}"}""")];
        var path = folder.Write("feed.jsonl", [.. head, .. legacy, .. tail]);

        var (problems, articles) = ReadAll(path);

        var problem = Assert.Single(problems);
        Assert.Equal(($"{path}:601", IngestProblemCodes.MixedEncoding), (problem.Path, problem.Code));
        Assert.Contains($"line 601 (byte {head.Length:N0}) is in windows-1256", problem.Message);
        Assert.Equal(602, articles.Count);
        var read = articles.Single(a => a.SourceId == "legacy");
        Assert.Equal((ArabicSamples.Rain, "أمطار"), (read.Text, read.Title));
        Assert.Equal([IngestProblemCodes.MixedEncoding], read.Flags);
        Assert.Equal(ArabicSamples.Market, articles[^1].Text);
        Assert.All(articles.Where(a => a.SourceId != "legacy"), a => Assert.Empty(a.Flags));
    }

    [Fact]
    public void ABadByteInTheFirstJsonLineCostsThatLineAFlagNotTheFileItsEncoding()
    {
        using var folder = new TempFolder();
        byte[] first = [.. Encoding.UTF8.GetBytes($$"""{"id": "1", "text": "{{ArabicSamples.Rain}}"""), 0xFF, .. "\"}\n"u8];
        var rest = Encoding.UTF8.GetBytes($$"""{"id": "2", "text": "{{ArabicSamples.Market}}"}""");
        var path = folder.Write("feed.jsonl", [.. first, .. rest]);

        var (problems, articles) = ReadAll(path);

        Assert.Equal([($"{path}:1", IngestProblemCodes.InvalidUtf8)], problems.Select(p => (p.Path, p.Code)));
        Assert.Equal([ArabicSamples.Rain + "\uFFFD", ArabicSamples.Market], articles.Select(a => a.Text));
        Assert.Equal([[IngestProblemCodes.InvalidUtf8], []], articles.Select(a => a.Flags.ToArray()));
    }

    [Fact]
    public void ASidecarWithADamagedByteIsReadAsUtf8AndTheArticleFlagged()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", ArabicSamples.Market);
        byte[] sidecar = [.. "{\"outlet\": \"أخبار الساحل\", \"title\": \"الطماطم "u8, 0xC3, .. "تغلو\"}"u8];
        var sidecarPath = folder.Write("story.meta.json", sidecar);

        var (problems, articles) = ReadAll(path);

        Assert.Equal([($"{sidecarPath}:1", IngestProblemCodes.InvalidUtf8)], problems.Select(p => (p.Path, p.Code)));
        var article = Assert.Single(articles);
        Assert.Equal(("أخبار الساحل", "الطماطم \uFFFDتغلو"), (article.Outlet, article.Title));
        Assert.Equal([IngestProblemCodes.InvalidUtf8], article.Flags);
    }

    [Fact]
    public void AWindows1256FileWithOneUtf8LineReadsEachLineInItsOwnEncoding()
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. s_windows1256.GetBytes(ArabicSamples.Rain + "\n"), .. Encoding.UTF8.GetBytes(ArabicSamples.Library + "\n"),
            .. s_windows1256.GetBytes(ArabicSamples.Market + "\n" + ArabicSamples.Hospital)];
        var path = folder.Write("legacy.txt", bytes);

        var (problems, articles) = ReadAll(path);

        Assert.Equal([($"{path}:2", IngestProblemCodes.MixedEncoding)], problems.Select(p => (p.Path, p.Code)));
        Assert.Equal(string.Join("\n", ArabicSamples.Rain, ArabicSamples.Library, ArabicSamples.Market, ArabicSamples.Hospital), articles[0].Text);
    }

    [Fact]
    public void FlagsAreStoredWithTheArticleAndReadBack()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cut.txt", Encoding.UTF8.GetBytes(s_story)[..^1]);
        using var store = MarsadStore.Open(folder.File("data"));

        var summary = new Ingestor(store).Ingest([path], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((1, IngestProblemCodes.InvalidUtf8), (summary.Added, Assert.Single(summary.Problems).Code));
        var stored = Assert.Single(store.Articles.List(new ListQuery()));
        Assert.Equal([IngestProblemCodes.InvalidUtf8], stored.Flags);
        Mojibake.AssertNone([stored.Text]);
    }

    [Fact]
    public void TheMojibakeDetectorFindsUtf8ReadAsWindows1256()
    {
        var mojibake = s_windows1256.GetString(Encoding.UTF8.GetBytes(ArabicSamples.Hospital));
        Assert.NotNull(Mojibake.Find(mojibake));
        Assert.Null(Mojibake.Find(ArabicSamples.Hospital + " " + ArabicSamples.Market));
    }
}
