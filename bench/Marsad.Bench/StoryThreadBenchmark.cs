using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Text;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// What adding one article costs as the story thread it continues grows (threads grow for as long as a story runs).
/// For each size N a store holds one thread of N reports of one SaudiNewsNet article (each a variant: every k-th word
/// dropped and a number of its own, so no two are copies), spread evenly over <c>--span</c> days (default 180, longer
/// than the 45-day story window, so most of the thread is history); then <c>--add K</c> further variants dated 5 days
/// after the last report (past the 3-day event window, so each starts an event cluster of its own and the thread is
/// chosen by the story rule: with the thread profile on, one read of the thread's recent members) are each added in a
/// transaction that is rolled back, so every one meets the same thread of N. Content-only path, as <c>stories</c>.
/// Args: [PATH.jsonl.gz] [--sizes 30,300,3000] [--span DAYS] [--add K].
/// </summary>
public sealed class StoryThreadBenchmark : IBenchmark
{
    private static readonly DateTimeOffset Start = new(2015, 1, 1, 8, 0, 0, TimeSpan.Zero);

    public string Name => "story-thread";

    public string Description => "cost of adding an article to a story thread of N articles (--sizes 30,300,3000): CPU per add, articles of the thread joined";

    public int Run(string[] args)
    {
        var given = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).FirstOrDefault();
        if (SaudiNewsNet.LocateOrSay(given) is not { } path) return 2;
        var sizes = (BenchArgs.String(args, "--sizes") ?? "30,300,3000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var span = BenchArgs.Int(args, "--span") ?? 180;
        var add = BenchArgs.Int(args, "--add") ?? 20;
        var (title, words) = BaseArticle(path);
        var text = new PipelineBuilder().UseText().Build();
        var profiler = new StoryProfiler();

        var table = new Table().AddColumn("thread size N").AddColumn(new TableColumn("thread days").RightAligned())
            .AddColumn(new TableColumn("members in the 45-day window").RightAligned()).AddColumn(new TableColumn("building: CPU per article").RightAligned())
            .AddColumn(new TableColumn("adding one: CPU (mean)").RightAligned()).AddColumn(new TableColumn("adding one: wall (mean)").RightAligned())
            .AddColumn(new TableColumn("joined the thread").RightAligned());
        foreach (var size in sizes)
        {
            var folder = Directory.CreateTempSubdirectory("marsad-bench-story-thread-");
            try
            {
                using var store = MarsadStore.Open(Path.Combine(folder.FullName, "data"));
                store.Articles.AddBatch([.. Enumerable.Range(0, size).Select(i => Variant(title, words, i, Start.AddDays(Math.Floor((double)i * span / size))))]);
                var index = new StoryIndex();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var placed = new StoryRebuild(store, index).Recluster();
                var buildCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                var threads = new StoryRepository(store).Placements().Values.Select(p => p.Story).ToList();
                var thread = threads.GroupBy(s => s, StringComparer.Ordinal).MaxBy(g => g.Count())!;
                var lastDay = Start.AddDays(Math.Floor((double)(size - 1) * span / size));
                var inWindow = Enumerable.Range(0, size).Count(i => Start.AddDays(Math.Floor((double)i * span / size)) >= lastDay.AddDays(5 - StoryOptions.Default.StoryWindowDays));

                var (cpu, wall, joined) = (TimeSpan.Zero, new Stopwatch(), 0);
                for (var k = 0; k < add; k++)
                {
                    var article = Variant(title, words, size + k, lastDay.AddDays(5));
                    store.Articles.AddBatch([article]);
                    using var transaction = store.BeginTransaction();
                    wall.Start();
                    var before = Process.GetCurrentProcess().TotalProcessorTime;
                    var document = text.Run(article);
                    var profile = profiler.Profile(article, document.Get(TextLayers.Tokens), document.GetOrDefault(TextLayers.Words), [], [], null);
                    var placement = index.Add(profile, transaction);
                    cpu += Process.GetCurrentProcess().TotalProcessorTime - before;
                    wall.Stop();
                    if (placement.StoryId == thread.Key) joined++;
                    // Its placement is not committed (the article row is): the next one meets the same thread of N.
                }
                table.AddRow($"{size:N0} (in {threads.Count - thread.Count() + 1:N0} threads)", $"{span}", $"{inWindow:N0}",
                    $"{buildCpu.TotalMilliseconds / Math.Max(1, placed):F1} ms", $"{cpu.TotalMilliseconds / add:F1} ms",
                    $"{wall.Elapsed.TotalMilliseconds / add:F1} ms", $"{joined} of {add}");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }
        AnsiConsole.Write(table);
        return 0;
    }

    /// <summary>The first article of the corpus with at least 150 words: its title and words.</summary>
    private static (string Title, string[] Words) BaseArticle(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            var root = JsonDocument.Parse(line).RootElement;
            var words = (root.GetProperty("text").GetString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 150) return (root.GetProperty("title").GetString() ?? "", words);
        }
        throw new InvalidOperationException($"{path}: no article of 150 words");
    }

    /// <summary>Report i: every (5 + i mod 11)-th word dropped (from a shifted start), a number of its own added, dated as given.</summary>
    private static Article Variant(string title, string[] words, int i, DateTimeOffset published)
    {
        var step = 5 + i % 11;
        var kept = words.Where((_, w) => (w + i / 11) % step != 0);
        var body = string.Join(' ', kept) + " " + (1000 + i).ToString(CultureInfo.InvariantCulture);
        return new Article
        {
            Id = ArticleIdentity.Of(body),
            Text = body,
            Title = title,
            Outlet = "outlet-" + (i % 5).ToString(CultureInfo.InvariantCulture),
            Published = published,
            Extra = new JsonObject(),
        };
    }
}
