using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Documents;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Text;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// Duplicates, event clusters and story threads over the SaudiNewsNet corpus on the content-only path (text steps and
/// the story index; no entity recognition, which would dominate the time and is measured by its own harness), as
/// <c>marsad recluster</c> runs it. <c>--copies N</c> replicates the corpus N times with perturbations (copy c drops
/// every (7 + c)-th word and is dated c × 21 days later, so the stream grows longer, not denser: a store grows by
/// new days); then <c>--add K</c> articles of one more perturbed copy are added one at a time, each in its own
/// transaction, for the per-article cost at that store size. Args: [PATH.jsonl.gz] [--copies N] [--add K] [--limit N].
/// </summary>
public sealed class StoryBenchmark : IBenchmark
{
    public string Name => "stories";

    public string Description => "dedup + cluster the corpus (content-only path): seconds, peak memory, growth with --copies N, per-article add cost";

    public int Run(string[] args)
    {
        var given = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).FirstOrDefault();
        if (SaudiNewsNet.LocateOrSay(given) is not { } path) return 2;
        var copies = BenchArgs.Int(args, "--copies") ?? 1;
        var add = BenchArgs.Int(args, "--add") ?? 100;
        var limit = BenchArgs.Int(args, "--limit") ?? int.MaxValue;
        var folder = Directory.CreateTempSubdirectory("marsad-bench-stories-");
        try
        {
            var input = Path.Combine(folder.FullName, "articles.jsonl");
            var lines = ReadLines(path, limit);
            using (var writer = new StreamWriter(input))
                for (var c = 0; c < copies; c++)
                    foreach (var line in lines) writer.WriteLine(Perturb(line, c));
            using var store = MarsadStore.Open(Path.Combine(folder.FullName, "data"));
            var ingestWatch = Stopwatch.StartNew();
            var summary = new Ingestor(store).Ingest([input]);
            ingestWatch.Stop();

            var index = new StoryIndex();
            GC.Collect();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var placed = new StoryRebuild(store, index).Recluster();
            watch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var repository = new StoryRepository(store);
            var groups = repository.DuplicateGroups();
            var clusters = repository.Placements().Values.Select(p => p.Cluster).Distinct().Count();

            // One more copy, added one article at a time as `marsad analyze` adds a chunk of one.
            var text = new PipelineBuilder().UseText().Build();
            var profiler = new StoryProfiler();
            var addWatch = new Stopwatch();
            var addCpu = TimeSpan.Zero;
            var added = 0;
            foreach (var line in lines.Where(l => JsonNode.Parse(l)?["text"]?.GetValue<string>() is { Length: > 0 } t && !string.IsNullOrWhiteSpace(t)).Take(add))
            {
                var article = ToArticle(Perturb(line, copies));
                store.Articles.AddBatch([article]);
                addWatch.Start();
                var addCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var document = text.Run(article);
                var profile = profiler.Profile(article, document.Get(TextLayers.Tokens), document.GetOrDefault(TextLayers.Words), [], [], null);
                using (var transaction = store.BeginTransaction())
                {
                    index.Add(profile, transaction);
                    transaction.Commit();
                }
                addWatch.Stop();
                addCpu += Process.GetCurrentProcess().TotalProcessorTime - addCpuBefore;
                added++;
            }
            using var process = Process.GetCurrentProcess();
            process.Refresh();

            var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
            table.AddRow("copies of the corpus", $"{copies}");
            table.AddRow("articles stored (ingest)", $"{summary.Added:N0} in {ingestWatch.Elapsed.TotalSeconds:F1} s");
            table.AddRow("articles placed (dedup + cluster)", $"{placed:N0}");
            table.AddRow("wall time", $"{watch.Elapsed.TotalSeconds:F1} s");
            table.AddRow("CPU time (all threads)", $"{cpu.TotalSeconds:F1} s");
            table.AddRow("articles/s", $"{placed / watch.Elapsed.TotalSeconds:N0}");
            table.AddRow("exact groups / near groups", $"{groups.Count(g => g.Kind == "exact"):N0} / {groups.Count(g => g.Kind == "near"):N0}");
            table.AddRow("event clusters", $"{clusters:N0}");
            table.AddRow($"adding one article to {placed:N0} (mean of {added}), wall", $"{addWatch.Elapsed.TotalMilliseconds / Math.Max(1, added):F1} ms");
            // CPU, not wall: on a shared machine wall time is mostly waiting for a core.
            table.AddRow($"adding one article to {placed:N0} (mean of {added}), CPU", $"{addCpu.TotalMilliseconds / Math.Max(1, added):F1} ms");
            table.AddRow("database size", $"{store.DatabaseBytes() / 1048576.0:F0} MB");
            table.AddRow("peak working set", $"{process.PeakWorkingSet64 / 1048576.0:F0} MB");
            AnsiConsole.Write(table);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static List<string> ReadLines(string path, int limit)
    {
        var lines = new List<string>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (lines.Count < limit && reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    /// <summary>Copy 0 is the line itself; copy c drops every (7 + c)-th word, shifts the crawl date by c × 21 days and tags the id.</summary>
    private static string Perturb(string line, int copy)
    {
        if (copy == 0) return line;
        var record = JsonNode.Parse(line)!.AsObject();
        var words = (record["text"]?.GetValue<string>() ?? "").Split(' ');
        record["text"] = string.Join(' ', words.Where((_, i) => (i + 1) % (7 + copy) != 0));
        if (record["fetched"]?.GetValue<string>() is { Length: >= 10 } fetched && DateTime.TryParse(fetched[..10], out var day))
            record["fetched"] = day.AddDays(21 * copy).ToString("yyyy-MM-dd") + fetched[10..];
        record["id"] = $"{record["id"]?.GetValue<string>()}-copy{copy}";
        return record.ToJsonString();
    }

    private static Article ToArticle(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var text = root.GetProperty("text").GetString() ?? "";
        return new Article
        {
            Id = ArticleIdentity.Of(text),
            Text = text,
            Outlet = root.GetProperty("outlet").GetString(),
            Title = root.GetProperty("title").GetString(),
            SourceId = root.GetProperty("id").GetString(),
            Extra = new JsonObject { ["fetched"] = root.GetProperty("fetched").GetString() },
        };
    }
}
