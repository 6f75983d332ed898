using Marsad.Ingest;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Ingest;

public sealed class IngestorTests
{
    private static readonly string[] s_texts =
        [ArabicSamples.Hospital, ArabicSamples.Maintenance, ArabicSamples.Market, ArabicSamples.Rain, ArabicSamples.Library];

    private static string Feed(TempFolder folder, params (string Text, string Outlet)[] records) =>
        folder.Write("feed.jsonl", string.Join("\n", records.Select((r, i) => $$"""{"id": "r{{i + 1}}", "outlet": "{{r.Outlet}}", "text": "{{r.Text}}"}""")));

    [Fact]
    public void IngestingTheSameSourcesTwiceStoresEachArticleOnce()
    {
        using var folder = new TempFolder();
        using var store = MarsadStore.Open(folder.File("data"));
        Feed(folder, s_texts.Select(t => (t, "الغد")).ToArray());
        folder.Write("extra/copy.txt", "  " + ArabicSamples.Rain.Replace(" ", "\n") + "\n");
        var sources = new[] { folder.File("feed.jsonl"), folder.File("extra") };

        var first = new Ingestor(store, new IngestOptions { ChunkSize = 2 }).Ingest(sources, cancellationToken: TestContext.Current.CancellationToken);
        var second = new Ingestor(store, new IngestOptions { ChunkSize = 2 }).Ingest(sources, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((6, 5, 1), (first.Read, first.Added, first.Duplicates.Count));
        var copy = first.Duplicates[0];
        Assert.Equal((folder.File("extra/copy.txt"), folder.File("feed.jsonl") + ":4", "r4"), (copy.SourcePath, copy.StoredSourcePath, copy.StoredSourceId));
        Assert.Equal((6, 0, 6), (second.Read, second.Added, second.Duplicates.Count));
        Assert.Equal(5, store.Articles.Count());
    }

    [Fact]
    public void AFailedChunkKeepsTheChunksCommittedBeforeIt()
    {
        using var folder = new TempFolder();
        using var store = MarsadStore.Open(folder.File("data"));
        // The failure is injected inside SQLite, where a real one (disk full, I/O error) would arise.
        Execute(store, "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.outlet = 'عطل' BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        var feed = Feed(folder, (s_texts[0], "الغد"), (s_texts[1], "الغد"), (s_texts[2], "الغد"), (s_texts[3], "الغد"), (s_texts[4], "عطل"));

        var summary = new Ingestor(store, new IngestOptions { ChunkSize = 2 }).Ingest([feed], cancellationToken: TestContext.Current.CancellationToken);

        var error = summary.StoreFailure!;
        Assert.Equal(MarsadStoreException.WriteFailed, error.Code);
        Assert.Contains("The 4 articles stored before are committed and kept; the 1 articles being written", error.Message);
        Assert.Equal((4, 4), (summary.Read, summary.Added));
        Assert.Equal(4, store.Articles.Count());

        Execute(store, "DROP TRIGGER refuse");
        var rerun = new Ingestor(store, new IngestOptions { ChunkSize = 2 }).Ingest([feed], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal((1, 4), (rerun.Added, rerun.Duplicates.Count));
    }

    [Fact]
    public void CancellingKeepsTheChunksAlreadyCommitted()
    {
        using var folder = new TempFolder();
        using var store = MarsadStore.Open(folder.File("data"));
        var feed = Feed(folder, s_texts.Select(t => (t, "الغد")).ToArray());
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var progress = new InlineProgress(p => { if (p.Added >= 2) cancel.Cancel(); });

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new Ingestor(store, new IngestOptions { ChunkSize = 2 }).Ingest([feed], progress, cancel.Token));

        Assert.Equal(2, store.Articles.Count());
    }

    [Fact]
    public void ProblemsAreCollectedAndTheRestIsStored()
    {
        using var folder = new TempFolder();
        using var store = MarsadStore.Open(folder.File("data"));
        folder.Write("in/a.txt", ArabicSamples.Hospital);
        folder.Write("in/b.txt", [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x10, 0x00, 0x00, 0x7F]);
        folder.Write("in/c.jsonl", "{\"text\": \"" + ArabicSamples.Rain + "\"}\n{oops}\n");

        var summary = new Ingestor(store).Ingest([folder.File("in")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([(folder.File("in/b.txt"), IngestProblemCodes.Binary), (folder.File("in/c.jsonl") + ":2", IngestProblemCodes.MalformedJson)],
            summary.Problems.Select(p => (p.Path, p.Code)));
        Assert.Equal((3, 2, 2), (summary.Files, summary.Read, summary.Added));
    }

    [Fact]
    public void ProgressEndsWithEveryFileAndByteRead()
    {
        using var folder = new TempFolder();
        using var store = MarsadStore.Open(folder.File("data"));
        for (var i = 0; i < s_texts.Length; i++) folder.Write($"in/{i}.txt", s_texts[i]);
        var reports = new List<IngestProgress>();

        new Ingestor(store, new IngestOptions { ChunkSize = 2 }).Ingest([folder.File("in")], new InlineProgress(reports.Add), cancellationToken: TestContext.Current.CancellationToken);

        var last = reports[^1];
        Assert.Equal((5, 5, 5, 5), (last.FilesDone, last.FilesTotal, last.ArticlesRead, last.Added));
        Assert.Equal(last.BytesTotal, last.BytesRead);
        Assert.Equal(s_texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t)), last.BytesTotal);
        Assert.Equal(1.0, last.Fraction);
    }

    [Fact]
    public void AFullDiskStopsTheIngestSayingWhatWasCommittedAndWhatWasNot()
    {
        using var folder = new TempFolder();
        using var store = MarsadStore.Open(folder.File("data"));
        // A size cap SQLite enforces exactly as a full disk: the write fails with SQLITE_FULL.
        Execute(store, "PRAGMA max_page_count = " + (PageCount(store) + 12));
        var long1 = string.Join(" ", Enumerable.Repeat(ArabicSamples.Library, 12));
        var feed = Feed(folder, Enumerable.Range(1, 60).Select(n => ($"{long1} {n}", "الغد")).ToArray());

        var summary = new Ingestor(store, new IngestOptions { ChunkSize = 5 }).Ingest([feed], cancellationToken: TestContext.Current.CancellationToken);

        var failure = summary.StoreFailure!;
        Assert.Equal(MarsadStoreException.DiskFull, failure.Code);
        Assert.InRange(summary.Added, 5, 55);
        Assert.Equal(0, summary.Added % 5);
        Assert.Equal(summary.Added, store.Articles.Count());
        Assert.Contains($"is full. The {summary.Added:N0} articles stored before are committed and kept; the 5 articles being written (the first read from {feed}:{summary.Added + 1}) and everything after them were not stored.", failure.Message);
    }

    private static long PageCount(MarsadStore store)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "PRAGMA page_count";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(MarsadStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
