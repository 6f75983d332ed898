using System.Diagnostics;
using System.Text;
using Marsad.Ingest;
using Marsad.Tests.Support;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Ingest;

/// <summary>Inputs that used to hang, exhaust memory or cost minutes are skipped or bounded, and say so.</summary>
// Unix file modes make the read-only and unreadable folders these tests need.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputTests
{
    // Reading must end: a hang fails the test instead of stalling the run.
    private static List<IngestItem> ReadWithin(IEnumerable<string> paths, IngestOptions? options = null) =>
        Task.Run(() => ArticleReader.Read(paths, options).ToList())
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken).GetAwaiter().GetResult();

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public void AFifoAndADeviceInAFolderAreSkippedByNameAndTheRestIsRead()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs and /dev/zero are tested on Linux");
        using var folder = new TempFolder();
        folder.Write("news/01-good.txt", ArabicSamples.Rain);
        Run("mkfifo", folder.File("news/02-pipe.txt"));
        File.CreateSymbolicLink(folder.File("news/03-zero.txt"), "/dev/zero");
        folder.Write("news/04-good.txt", ArabicSamples.Market);

        var items = ReadWithin([folder.File("news")]);

        Assert.Equal(
            [(folder.File("news/02-pipe.txt"), IngestProblemCodes.SpecialFile), (folder.File("news/03-zero.txt"), IngestProblemCodes.SpecialFile)],
            items.Where(i => i.Problem is not null).Select(i => (i.Problem!.Path, i.Problem.Code)));
        Assert.Contains("is a FIFO (named pipe), not a regular file", items[0].Problem!.Message);
        Assert.Equal("MARSAD-I017", items[0].Problem!.StableCode);
        Assert.Equal([ArabicSamples.Rain, ArabicSamples.Market], items.Where(i => i.IsArticle).Select(i => i.Article!.Text));
    }

    [Fact]
    public void ADeviceNamedOnTheCommandLineIsASpecialFile()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/dev/zero is tested on Linux");
        var problem = Assert.Single(ReadWithin(["/dev/zero"])).Problem!;
        Assert.Equal(("/dev/zero", IngestProblemCodes.SpecialFile), (problem.Path, problem.Code));
    }

    [Fact]
    public void AnUnreadableSubfolderIsNamedAndTheRestIsRead()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "file modes are Unix");
        Assert.SkipWhen(Environment.UserName == "root", "root reads every folder whatever its mode");
        using var folder = new TempFolder();
        folder.Write("news/good.txt", ArabicSamples.Rain);
        folder.Write("news/locked/hidden.txt", ArabicSamples.Market);
        File.SetUnixFileMode(folder.File("news/locked"), UnixFileMode.None);
        try
        {
            var items = ReadWithin([folder.File("news")]);
            var problem = Assert.Single(items, i => i.Problem is not null).Problem!;
            Assert.Equal((folder.File("news/locked"), IngestProblemCodes.Unreadable), (problem.Path, problem.Code));
            Assert.Equal([ArabicSamples.Rain], items.Where(i => i.IsArticle).Select(i => i.Article!.Text));
        }
        finally
        {
            File.SetUnixFileMode(folder.File("news/locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void AnHtmlPageNested300000DeepIsFlattenedFlaggedAndItsTextKept()
    {
        using var folder = new TempFolder();
        const int depth = 300_000;
        var html = new StringBuilder("<html><head><title>عمق</title></head><body><article><p>")
            .Append(ArabicSamples.Hospital).Append("</p>");
        for (var i = 0; i < depth; i++) html.Append("<div>");
        html.Append("<p>").Append(ArabicSamples.Library).Append("</p>");
        for (var i = 0; i < depth; i++) html.Append("</div>");
        html.Append("</article></body></html>");
        var path = folder.Write("deep.html", html.ToString());

        var items = ReadWithin([path]);

        var problem = Assert.Single(items, i => i.Problem is not null).Problem!;
        Assert.Equal((path, IngestProblemCodes.HtmlTooDeep, "MARSAD-I016"), (problem.Path, problem.Code, problem.StableCode));
        Assert.Contains("nests elements 300,001 deep", problem.Message);
        var article = Assert.Single(items, i => i.IsArticle).Article!;
        Assert.Equal(ArabicSamples.Hospital + "\n\n" + ArabicSamples.Library, article.Text);
        Assert.Equal([IngestProblemCodes.HtmlTooDeep], article.Flags);
    }

    [Fact]
    public void AnOrdinaryPageIsNotTouchedByTheDepthGuard()
    {
        const string page = "<html><body><div><div><p>نص<br>آخر</p><script>if (a<b) { x = '<div>'; }</script></div></div></body></html>";
        Assert.Same(page, HtmlDepthGuard.Flatten(page, out var dropped, out var deepest));
        Assert.Equal((0, 2), (dropped, deepest));
    }

    [Fact]
    public void ARunOnTextIsCutIntoSentencesOfBoundedLengthAtItsCommas()
    {
        // 1,000 words without a full stop, a comma after every 150th: cut after the comma nearest the limit.
        var words = Enumerable.Range(1, 1000).Select(n => (n % 150 == 0 ? "الوزير،" : "قال")).ToList();
        var text = ArabicNormalizer.Normalize(string.Join(' ', words));
        var tokens = Tokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens);

        Assert.All(sentences, s => Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxTokens));
        Assert.True(sentences[0].Cut);
        Assert.Equal("،", tokens[sentences[0].EndToken - 1].Normalized);
        Assert.False(sentences[^1].Cut);
        Assert.Equal(tokens.Count, sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public void AFileOverTheSizeGivenOnTheCommandLineIsTooLargeAndNamesTheOption()
    {
        using var folder = new TempFolder();
        var path = folder.Write("long.txt", string.Concat(Enumerable.Repeat(ArabicSamples.Library + "\n", 20)));

        var result = CliRunner.Run("ingest", path, "--max-file-size", "1K", "--data", folder.File("data"), "--json");

        Assert.Equal(1, result.ExitCode);
        var problem = result.Json().RootElement.GetProperty("problems")[0];
        Assert.Equal(IngestProblemCodes.TooLarge, problem.GetProperty("code").GetString());
        Assert.Contains("over the limit of 1,024 bytes per file; split it or raise the limit (--max-file-size)", problem.GetProperty("message").GetString());
        Assert.Equal(2, CliRunner.Run("ingest", path, "--max-file-size", "lots", "--data", folder.File("data")).ExitCode);
    }
}
