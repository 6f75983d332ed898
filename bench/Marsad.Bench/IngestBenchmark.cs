using System.Diagnostics;
using Marsad.Ingest;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// Whole ingest of the SaudiNewsNet corpus (31,030 JSON lines, 28 MB gz) into a fresh data folder in a temp
/// directory: read, parse, hash and store, as <c>marsad ingest</c> does. Args: [PATH.jsonl.gz] [--chunk N] [--threads N].
/// </summary>
public sealed class IngestBenchmark : IBenchmark
{
    public string Name => "ingest";

    public string Description => "ingest saudinewsnet.jsonl.gz into a fresh SQLite store: articles/s, wall time, peak memory";

    public int Run(string[] args)
    {
        var given = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).FirstOrDefault();
        if (SaudiNewsNet.LocateOrSay(given) is not { } path) return 2;
        var options = new IngestOptions
        {
            ChunkSize = BenchArgs.Int(args, "--chunk") ?? IngestOptions.Default.ChunkSize,
            Parallelism = BenchArgs.Int(args, "--threads") ?? Environment.ProcessorCount,
        };

        var folder = Path.Combine(Path.GetTempPath(), "marsad-bench-ingest-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            GC.Collect();
            var gcBefore = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            long maxManaged = 0;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            IngestSummary summary;
            long stored;
            StoreStats stats;
            using (var store = MarsadStore.Open(folder))
            {
                var progress = new SynchronousProgress<IngestProgress>(_ => maxManaged = Math.Max(maxManaged, GC.GetTotalMemory(false)));
                summary = new Ingestor(store, options).Ingest([path], progress);
                watch.Stop();
                stored = store.Articles.Count();
                stats = store.Articles.Stats();
            }
            var seconds = watch.Elapsed.TotalSeconds;
            using var process = Process.GetCurrentProcess();
            process.Refresh();

            var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
            void Row(string name, string value) => table.AddRow(name, value);
            Row("corpus", Path.GetFileName(path));
            Row("compressed size", $"{new FileInfo(path).Length / 1048576.0:F1} MB");
            Row("threads (parse/hash) / chunk", $"{options.Parallelism} / {options.ChunkSize}");
            Row("articles read", $"{summary.Read:N0}");
            Row("stored", $"{stored:N0}");
            Row("exact duplicates", $"{summary.Duplicates.Count:N0}");
            Row("problems", summary.Problems.Count == 0 ? "0" : string.Join(", ",
                summary.Problems.GroupBy(p => p.Code).OrderBy(g => g.Key).Select(g => $"{g.Count():N0} {g.Key}")));
            Row("outlets", $"{stats.Outlets:N0}");
            Row("wall time", $"{seconds:F2} s");
            Row("articles/s", $"{summary.Read / seconds:N0}");
            // CPU time is steadier than wall time on a machine shared with other work.
            Row("CPU time (all threads)", $"{(process.TotalProcessorTime - cpuBefore).TotalSeconds:F2} s");
            Row("database size", $"{stats.DatabaseBytes / 1048576.0:F1} MB");
            Row("peak working set", $"{process.PeakWorkingSet64 / 1048576.0:F0} MB");
            Row("max managed heap seen", $"{maxManaged / 1048576.0:F0} MB");
            Row("allocated during ingest", $"{(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:N0} MB");
            Row("GC collections (gen0+1+2)", $"{GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - gcBefore:N0} (gen2 {GC.CollectionCount(2)})");
            Row("GC pause total", $"{GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms");
            AnsiConsole.Write(table);
            foreach (var d in summary.Duplicates.Take(5))
                Console.WriteLine($"  duplicate {d.Id}: {d.SourceId} ({d.SourcePath}) repeats {d.StoredSourceId} ({d.StoredSourcePath})");
            return summary.Read == 0 ? 1 : 0;
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    // Progress<T> posts to the thread pool; sampling memory needs the callback inline.
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
