using System.IO.Compression;
using System.Text;
using Marsad.Ingest;
using Marsad.Tests.Support;

namespace Marsad.Tests.Ingest;

/// <summary>A cut or damaged .gz is named for what is wrong with it, and every whole line before the damage is kept.</summary>
public sealed class GzipDamageTests
{
    private const int Lines = 3000;
    private const int FlushedLines = 1200;

    private static string Line(int n) => $$"""{"id": "g{{n}}", "text": "{{ArabicSamples.Rain}} رقم {{n * 7919 % 10007}}"}""" + "\n";

    /// <summary>The whole file, and the compressed length at which the first <see cref="FlushedLines"/> lines are complete.</summary>
    private static (byte[] Bytes, int FlushedAt) Compressed()
    {
        var buffer = new MemoryStream();
        int flushedAt;
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var n = 1; n <= FlushedLines; n++) gzip.Write(Encoding.UTF8.GetBytes(Line(n)));
            gzip.Flush();                                 // a sync flush: the bytes so far hold exactly these lines
            flushedAt = (int)buffer.Length;
            for (var n = FlushedLines + 1; n <= Lines; n++) gzip.Write(Encoding.UTF8.GetBytes(Line(n)));
        }
        return (buffer.ToArray(), flushedAt);
    }

    private static (List<IngestProblem> Problems, List<Marsad.Documents.Article> Articles) Read(TempFolder folder, byte[] bytes)
    {
        var path = folder.Write("feed.jsonl.gz", bytes);
        var items = ArticleReader.Read([path]).ToList();
        var articles = items.Where(i => i.IsArticle).Select(i => i.Article!).ToList();
        Mojibake.AssertNone(articles.Select(a => a.Text));
        return (items.Where(i => i.Problem is not null).Select(i => i.Problem!).ToList(), articles);
    }

    [Fact]
    public void AGzipCutMidStreamIsTruncatedGzipAndTheLinesBeforeAreKept()
    {
        using var folder = new TempFolder();
        var (bytes, _) = Compressed();

        var (problems, articles) = Read(folder, bytes[..(bytes.Length * 2 / 3)]);

        var problem = Assert.Single(problems);
        Assert.Equal((IngestProblemCodes.TruncatedGzip, "MARSAD-I012"), (problem.Code, problem.StableCode));
        Assert.Contains("is incomplete: the compressed stream stops before its end", problem.Message);
        Assert.InRange(articles.Count, 1000, Lines - 1);
        Assert.Equal(Enumerable.Range(1, articles.Count).Select(n => $"g{n}"), articles.Select(a => a.SourceId));
        Assert.EndsWith($":{articles.Count + 1}", problem.Path);
    }

    [Fact]
    public void AGzipCutAtALineBoundaryIsTruncatedGzipWithEveryLineBeforeTheCut()
    {
        using var folder = new TempFolder();
        var (bytes, flushedAt) = Compressed();

        var (problems, articles) = Read(folder, bytes[..flushedAt]);

        Assert.Equal([IngestProblemCodes.TruncatedGzip], problems.Select(p => p.Code));
        Assert.Equal(FlushedLines, articles.Count);
        Assert.Contains($"the {FlushedLines:N0} line(s) before line {FlushedLines + 1} were read and kept", problems[0].Message);
    }

    [Fact]
    public void AGzipWithoutItsTrailerIsTruncatedGzipWithEveryLine()
    {
        using var folder = new TempFolder();
        var (bytes, _) = Compressed();

        var (problems, articles) = Read(folder, bytes[..^8]);

        var problem = Assert.Single(problems);
        Assert.Equal(IngestProblemCodes.TruncatedGzip, problem.Code);
        Assert.Contains("ends without its trailer", problem.Message);
        Assert.Equal(Lines, articles.Count);
    }

    [Fact]
    public void AGzipHeaderWithoutDataIsTruncatedNotEmpty()
    {
        using var folder = new TempFolder();
        var (bytes, _) = Compressed();

        var (problems, articles) = Read(folder, bytes[..10]);

        Assert.Empty(articles);
        Assert.Equal([(IngestProblemCodes.Truncated, "MARSAD-I013")], problems.Select(p => (p.Code, p.StableCode)));
    }

    [Fact]
    public void AGzipWhoseChecksumDoesNotMatchNamesTheChecksum()
    {
        using var folder = new TempFolder();
        var (bytes, _) = Compressed();
        bytes[^6] ^= 0xFF;

        var (problems, articles) = Read(folder, bytes);

        var problem = Assert.Single(problems);
        Assert.Equal(IngestProblemCodes.Undecodable, problem.Code);
        Assert.Contains("CRC-32 checksum in its trailer does not match", problem.Message);
        Assert.Equal(Lines, articles.Count);
    }

    [Fact]
    public void TwoGzipMembersOneAfterTheOtherAreOneFile()
    {
        using var folder = new TempFolder();
        var (bytes, _) = Compressed();

        var (problems, articles) = Read(folder, [.. bytes, .. bytes]);

        Assert.Empty(problems);
        Assert.Equal(2 * Lines, articles.Count);
    }
}
