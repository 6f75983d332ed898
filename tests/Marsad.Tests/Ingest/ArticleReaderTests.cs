using System.IO.Compression;
using System.Text;
using Marsad.Documents;
using Marsad.Ingest;
using Marsad.Tests.Support;

namespace Marsad.Tests.Ingest;

public sealed class ArticleReaderTests
{
    private static readonly string s_jsonLines = string.Join("\n",
        $$"""{"id": "a-1", "outlet": "صحيفة الوادي", "url": "https://example.org/1", "published": "2024-03-05T08:30:00+03:00", "title": "مستشفى جديد", "text": "{{ArabicSamples.Hospital}}", "fetched": "2024-03-06 01:00:00", "author": "مراسلنا"}""",
        $$"""{"id": "a-2", "outlet": "الغد", "date": "2024-03-07", "text": "{{ArabicSamples.Maintenance}}"}""",
        """{"id": "a-3", "outlet": "الغد", "text": "نص غير مكتمل""",
        """{"id": "a-4", "outlet": "الغد", "title": "بلا نص"}""",
        "",
        $$"""{"id": "a-6", "date_published": "2024-03-09", "text": "{{ArabicSamples.Market}}"}""");

    [Fact]
    public void BadInputsAreReportedByNameAndTheRestOfTheBatchIsRead()
    {
        using var folder = new TempFolder();
        folder.Write("batch/01-good.txt", SourceTextDecoderTests.Bytes(ArabicSamples.Rain, "windows-1256"));
        folder.Write("batch/02-junk.txt", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xB7, 0x1C, 0x00, 0x00, 0xFF, 0xD8]);
        folder.Write("batch/03-empty.txt", []);
        folder.Write("batch/04-big.txt", string.Concat(Enumerable.Repeat(ArabicSamples.Library + "\n", 40)));
        folder.Write("batch/05-latin1.txt", Encoding.Latin1.GetBytes("Le café crème à côté du théâtre était fermé."));
        folder.Write("batch/06-feed.jsonl", s_jsonLines);
        folder.Write("batch/07-good.txt", ArabicSamples.Library);

        var items = ArticleReader.Read([folder.File("batch"), folder.File("missing.txt")], new IngestOptions { MaxFileBytes = 2000 }).ToList();

        var problems = items.Where(i => i.Problem is not null).Select(i => (Relative(folder, i.Problem!.Path), i.Problem!.Code)).ToList();
        Assert.Equal(
        [
            ("missing.txt", IngestProblemCodes.NotFound),
            ("batch/02-junk.txt", IngestProblemCodes.Binary),
            ("batch/03-empty.txt", IngestProblemCodes.Empty),
            ("batch/04-big.txt", IngestProblemCodes.TooLarge),
            ("batch/05-latin1.txt", IngestProblemCodes.Undecodable),
            ("batch/06-feed.jsonl:3", IngestProblemCodes.MalformedJson),
            ("batch/06-feed.jsonl:4", IngestProblemCodes.MissingText),
        ], problems);

        var articles = items.Where(i => i.IsArticle).Select(i => i.Article!).ToList();
        Assert.Equal(
            [ArabicSamples.Rain, ArabicSamples.Hospital, ArabicSamples.Maintenance, ArabicSamples.Market, ArabicSamples.Library],
            articles.Select(a => a.Text));
        Assert.Equal(["batch/01-good.txt", "batch/06-feed.jsonl:1", "batch/06-feed.jsonl:2", "batch/06-feed.jsonl:6", "batch/07-good.txt"],
            articles.Select(a => Relative(folder, a.SourcePath!)));
    }

    [Fact]
    public void ProblemMessagesNameTheInputAndTheLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl", s_jsonLines);
        var problem = ArticleReader.Read([path]).First(i => i.Problem is not null).Problem!;
        Assert.Equal($"{path}:3", problem.Path);
        Assert.StartsWith($"line 3 of {path} is not valid JSON", problem.Message);
    }

    [Fact]
    public void AJsonLineNamingAFieldTwiceIsMalformedAndTheNextLineIsRead()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl", $$"""
            {"text": "{{ArabicSamples.Rain}}", "text": "{{ArabicSamples.Market}}"}
            {"text": "{{ArabicSamples.Library}}", "outlet": ""}
            """);

        var items = ArticleReader.Read([path]).ToList();
        Assert.Equal((path + ":1", IngestProblemCodes.MalformedJson), (items[0].Problem!.Path, items[0].Problem!.Code));
        Assert.Equal((ArabicSamples.Library, null), (items[1].Article!.Text, items[1].Article!.Outlet));
    }

    [Fact]
    public void AnEmptyTextIsMissingTextWithItsOwnMessage()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl", """{"id": "x", "text": "  "}""");
        var problem = Assert.Single(ArticleReader.Read([path])).Problem!;
        Assert.Equal(IngestProblemCodes.MissingText, problem.Code);
        Assert.Equal($"line 1 of {path} has an empty \"text\"; give the article's text or remove the line.", problem.Message);
    }

    [Fact]
    public void JsonLinesFieldsMapToTheArticleAndUnknownFieldsAreKept()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl", s_jsonLines);
        var articles = ArticleReader.Read([path]).Where(i => i.IsArticle).Select(i => i.Article!).ToList();

        var first = articles[0];
        Assert.Equal(ArticleIdentity.Of(ArabicSamples.Hospital), first.Id);
        Assert.Equal("a-1", first.SourceId);
        Assert.Equal("صحيفة الوادي", first.Outlet);
        Assert.Equal("https://example.org/1", first.Url);
        Assert.Equal("مستشفى جديد", first.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.FromHours(3)), first.Published);
        Assert.Equal(TimeSpan.FromHours(3), first.Published!.Value.Offset);
        Assert.Equal("""{"fetched":"2024-03-06 01:00:00","author":"مراسلنا"}""", first.Extra!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        // "date" is not taken as the publication date: it could be anything (crawl day, event day).
        Assert.Null(articles[1].Published);
        Assert.Equal("2024-03-07", articles[1].Extra!["date"]!.GetValue<string>());

        Assert.Equal(new DateTimeOffset(2024, 3, 9, 0, 0, 0, TimeSpan.Zero), articles[2].Published);
    }

    [Fact]
    public void CharacterReferencesInATitleAreReadAsTheCharactersTheyNameAndTheTextIsLeftAsWritten()
    {
        using var folder = new TempFolder();
        var path = folder.Write("scraped.jsonl",
            $$"""{"id": "s-1", "title": "3 نقاد يمتدحون فيلم &#8220;الطريق&#8221; &amp; مخرجه &quot;الجديد&quot;", "text": "{{ArabicSamples.Hospital}} &amp;"}""");

        var article = ArticleReader.Read([path]).Single(i => i.IsArticle).Article!;

        Assert.Equal("3 نقاد يمتدحون فيلم \u201Cالطريق\u201D & مخرجه \"الجديد\"", article.Title);
        Assert.Equal(ArabicSamples.Hospital + " &amp;", article.Text);
    }

    [Fact]
    public void GzippedJsonLinesReadLikePlainOnes()
    {
        using var folder = new TempFolder();
        var plain = folder.Write("feed.jsonl", s_jsonLines);
        var gz = folder.File("feed.jsonl.gz");
        using (var output = new GZipStream(File.Create(gz), CompressionLevel.Optimal))
            output.Write(Encoding.UTF8.GetBytes(s_jsonLines));

        var fromPlain = ArticleReader.Read([plain]).Select(i => i.Article?.Id ?? i.Problem!.Code).ToList();
        var fromGz = ArticleReader.Read([gz]).Select(i => i.Article?.Id ?? i.Problem!.Code).ToList();
        Assert.Equal(fromPlain, fromGz);
        Assert.Equal(5, fromGz.Count);
    }

    [Fact]
    public void ACorruptGzipStreamKeepsTheLinesBeforeTheDamage()
    {
        using var folder = new TempFolder();
        var lines = string.Join("\n", Enumerable.Range(1, 4000).Select(n => $$"""{"id": "{{n}}", "text": "{{ArabicSamples.Rain}} رقم {{n * 7919 % 10007}}"}"""));
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(lines));
        var bytes = buffer.ToArray();
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 40; i++) bytes[i] ^= 0x5A;
        var path = folder.Write("damaged.jsonl.gz", bytes);

        var items = ArticleReader.Read([path]).ToList();
        Assert.Equal(IngestProblemCodes.Undecodable, items[^1].Problem?.Code);
        Assert.StartsWith($"{path} is damaged: ", items[^1].Problem!.Message);
        Assert.InRange(items.Count(i => i.IsArticle), 1000, 3999);
    }

    [Theory]
    [InlineData("windows-1256")]
    [InlineData("utf-16le")]
    [InlineData("utf-8+bom")]
    public void JsonLinesInALegacyEncodingReadCorrectly(string encoding)
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl", SourceTextDecoderTests.Bytes(s_jsonLines, encoding));
        var articles = ArticleReader.Read([path]).Where(i => i.IsArticle).Select(i => i.Article!).ToList();
        Assert.Equal([ArabicSamples.Hospital, ArabicSamples.Maintenance, ArabicSamples.Market], articles.Select(a => a.Text));
        Assert.Equal("صحيفة الوادي", articles[0].Outlet);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void AFirstLineLongerThanTheEncodingSniffIsStillUtf8(string padding)
    {
        using var folder = new TempFolder();
        // ~90 KB of Arabic on line 1, so the 64 KB sniffed to detect the encoding ends inside the line; with and
        // without one byte of padding, so in one of the two runs it ends inside a two-byte letter.
        var longText = string.Join(" ", Enumerable.Repeat(ArabicSamples.Library, 500));
        var path = folder.Write("long.jsonl", padding + $$"""{"text": "{{longText}}"}""" + "\n" + $$"""{"text": "{{ArabicSamples.Rain}}"}""");

        var items = ArticleReader.Read([path]).ToList();
        Assert.Equal([longText, ArabicSamples.Rain], items.Select(i => i.Article?.Text));
    }

    [Fact]
    public void ABinaryFileNamedJsonLinesIsOneProblemNotOnePerLine()
    {
        using var folder = new TempFolder();
        var junk = Enumerable.Range(0, 5000).Select(i => (byte)(i * 37 % 256)).ToArray();
        var path = folder.Write("dump.jsonl", junk);
        var problem = Assert.Single(ArticleReader.Read([path])).Problem!;
        Assert.Equal((path, IngestProblemCodes.Binary), (problem.Path, problem.Code));
    }

    [Fact]
    public void AFileNamedGzipThatIsNotIsUndecodable()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl.gz", s_jsonLines);
        var problem = Assert.Single(ArticleReader.Read([path])).Problem!;
        Assert.Equal((path, IngestProblemCodes.Undecodable), (problem.Path, problem.Code));
        Assert.Contains("is not a valid gzip file", problem.Message);
    }

    [Fact]
    public void AJsonLineOverTheLimitIsSkippedAndTheNextLinesAreRead()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl", string.Join("\n",
            $$"""{"text": "{{ArabicSamples.Rain}}"}""",
            $$"""{"text": "{{string.Concat(Enumerable.Repeat(ArabicSamples.Library, 20))}}"}""",
            $$"""{"text": "{{ArabicSamples.Market}}"}"""));

        var items = ArticleReader.Read([path], new IngestOptions { MaxJsonLineChars = 500 }).ToList();
        Assert.Equal([ArabicSamples.Rain, null, ArabicSamples.Market], items.Select(i => i.Article?.Text));
        Assert.Equal((path + ":2", IngestProblemCodes.TooLarge), (items[1].Problem!.Path, items[1].Problem!.Code));
    }

    [Fact]
    public void SidecarMetadataIsAppliedToTheTextFile()
    {
        using var folder = new TempFolder();
        var text = folder.Write("story.txt", SourceTextDecoderTests.Bytes(ArabicSamples.Market, "utf-16le"));
        folder.Write("story.meta.json", """
            {"outlet": "أخبار الساحل", "url": "https://example.org/souq", "published": "2024-05-01T10:00:00+03:00", "title": "الطماطم تغلو", "section": "اقتصاد"}
            """);
        folder.Write("other.txt", ArabicSamples.Rain);
        folder.Write("other.json", """{"outlet": "الطقس اليوم", "title": "أمطار"}""");

        var articles = ArticleReader.Read([folder.Path]).Select(i => i.Article!).ToList();

        Assert.Equal(["other.txt", "story.txt"], articles.Select(a => Path.GetFileName(a.SourcePath)));
        var story = articles[1];
        Assert.Equal(text, story.SourcePath);
        Assert.Equal(ArabicSamples.Market, story.Text);
        Assert.Equal("أخبار الساحل", story.Outlet);
        Assert.Equal("https://example.org/souq", story.Url);
        Assert.Equal("الطماطم تغلو", story.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 7, 0, 0, TimeSpan.Zero), story.Published);
        Assert.Equal("اقتصاد", story.Extra!["section"]!.GetValue<string>());
        Assert.Equal(("الطقس اليوم", "أمطار"), (articles[0].Outlet, articles[0].Title));
    }

    [Fact]
    public void AMalformedSidecarIsReportedAndItsArticleStillRead()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", ArabicSamples.Rain);
        var sidecar = folder.Write("story.meta.json", """{"outlet": "الطقس""");

        var items = ArticleReader.Read([folder.Path]).ToList();
        Assert.Equal((sidecar, IngestProblemCodes.MalformedJson), (items[0].Problem!.Path, items[0].Problem!.Code));
        Assert.Equal(ArabicSamples.Rain, items[1].Article!.Text);
        Assert.Null(items[1].Article!.Outlet);
    }

    [Fact]
    public void HtmlPageGivesTitleOutletTimeAndParagraphs()
    {
        using var folder = new TempFolder();
        var html = $"""
            <!DOCTYPE html>
            <html lang="ar" dir="rtl"><head>
              <meta charset="windows-1256">
              <title>الطماطم تغلو | أخبار الساحل</title>
              <meta property="og:site_name" content="أخبار الساحل">
              <meta property="og:title" content="الطماطم تغلو في جدة">
              <meta property="article:published_time" content="2024-05-01T10:00:00+03:00">
              <link rel="canonical" href="https://example.org/souq">
            </head><body>
              <nav><p>الرئيسية</p></nav>
              <article>
                <h1>الطماطم تغلو في جدة</h1>
                <p>{ArabicSamples.Market}</p>
                <p>  {ArabicSamples.Maintenance}
                </p>
              </article>
              <footer><p>جميع الحقوق محفوظة</p></footer>
            </body></html>
            """;
        var path = folder.Write("souq.html", SourceTextDecoderTests.Bytes(html, "windows-1256"));

        var article = Assert.Single(ArticleReader.Read([path])).Article!;
        Assert.Equal(ArabicSamples.Market + "\n\n" + ArabicSamples.Maintenance, article.Text);
        Assert.Equal("الطماطم تغلو في جدة", article.Title);
        Assert.Equal("أخبار الساحل", article.Outlet);
        Assert.Equal("https://example.org/souq", article.Url);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(3)), article.Published);
    }

    [Fact]
    public void HtmlWithoutParagraphsFallsBackToItsLinesOfTextWithoutScripts()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bare.htm", $"""
            <html><head><title>أمطار</title><style>body {"{"} color: red {"}"}</style></head><body>
            <div>{ArabicSamples.Rain}</div>
            <script>var label = "لا تقرأني";</script>
            <div>{ArabicSamples.Library}</div>
            </body></html>
            """);

        var article = Assert.Single(ArticleReader.Read([path])).Article!;
        Assert.Equal(ArabicSamples.Rain + "\n\n" + ArabicSamples.Library, article.Text);
        Assert.Equal("أمطار", article.Title);
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void ProblemCodesHaveStableSearchableForms()
    {
        Assert.Equal(
            ["MARSAD-I001", "MARSAD-I002", "MARSAD-I003", "MARSAD-I004", "MARSAD-I005", "MARSAD-I006", "MARSAD-I007", "MARSAD-I008", "MARSAD-I009"],
            new[] { "not-found", "binary", "empty", "undecodable", "too-large", "malformed-json", "missing-text", "unreadable", "unsupported" }
                .Select(IngestProblemCodes.StableCodeOf));
    }

    [Fact]
    public void FoldersAreReadRecursivelyInOrdinalPathOrder()
    {
        using var folder = new TempFolder();
        folder.Write("b/z.txt", ArabicSamples.Rain);
        folder.Write("a/y/x.txt", ArabicSamples.Library);
        folder.Write("a/b.txt", ArabicSamples.Market);
        folder.Write("a/notes.md", "ملاحظات");
        folder.Write("c.txt", ArabicSamples.Hospital);

        var paths = ArticleReader.Read([folder.Path]).Select(i => Relative(folder, i.Article!.SourcePath!)).ToList();
        Assert.Equal(["a/b.txt", "a/y/x.txt", "b/z.txt", "c.txt"], paths);
    }

    [Fact]
    public void ASymlinkLoopInAFolderIsNotFollowed()
    {
        using var folder = new TempFolder();
        folder.Write("a/x.txt", ArabicSamples.Rain);
        Directory.CreateSymbolicLink(folder.File("a/loop"), folder.Path);

        var paths = ArticleReader.Read([folder.Path]).Select(i => Relative(folder, i.Article!.SourcePath!)).ToList();
        Assert.Equal(["a/x.txt"], paths);
    }

    [Fact]
    public void AFileNamedExplicitlyWithAnUnreadKindIsUnsupported()
    {
        using var folder = new TempFolder();
        var path = folder.Write("photo.png", [0x89, 0x50, 0x4E, 0x47]);
        Assert.Equal(IngestProblemCodes.Unsupported, Assert.Single(ArticleReader.Read([path])).Problem!.Code);
    }

    private static string Relative(TempFolder folder, string path) =>
        Path.GetRelativePath(folder.Path, path).Replace('\\', '/');
}
