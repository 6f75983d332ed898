using System.IO.Compression;
using Marsad.Ingest;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Ingest;

public sealed class SaudiNewsNetSliceTests
{
    [Fact]
    public void FirstFiveHundredArticlesIngestWithoutLossOrCopies()
    {
        var corpus = SharedData.RequireFile("data/saudinewsnet/saudinewsnet.jsonl.gz");
        using var folder = new TempFolder();
        var slice = folder.File("slice.jsonl.gz");
        using (var input = new StreamReader(new GZipStream(File.OpenRead(corpus), CompressionMode.Decompress)))
        using (var output = new StreamWriter(new GZipStream(File.Create(slice), CompressionLevel.Fastest)))
        {
            for (var i = 0; i < 500; i++) output.WriteLine(input.ReadLine());
        }

        using var store = MarsadStore.Open(folder.File("data"));
        var summary = new Ingestor(store).Ingest([slice], cancellationToken: TestContext.Current.CancellationToken);

        // Established outside Marsad: a Python pass over the first 500 lines finds every "text" non-empty and
        // all 500 distinct even after collapsing white space; Marsad's id (which also folds diacritics and
        // alef/ya/ta-marbuta variants) finds no more. So: 500 read, 500 stored, no duplicates, no problems.
        // (Over the full corpus: 354 empty texts, 772 copies equal after collapsing white space, and 795 once
        // the Python pass also applies Marsad's normalization and folding — the figure the ingest bench reports.)
        Assert.Empty(summary.Problems);
        Assert.Equal((500, 500, 0), (summary.Read, summary.Added, summary.Duplicates.Count));
        Assert.Equal(500, store.Articles.Count());
        var first = store.Articles.List(new ListQuery(Limit: 1))[0];
        Assert.Equal(("snn-00001", "aawsat", slice + ":1"), (first.SourceId, first.Outlet, first.SourcePath));
        Assert.Null(first.Published);
        Assert.Equal("2015-07-21 02:51:32", first.Extra!["fetched"]!.GetValue<string>());
    }
}
