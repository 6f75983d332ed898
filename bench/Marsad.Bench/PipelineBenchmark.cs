using System.Diagnostics;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Pipeline;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// The whole default pipeline on the first N SaudiNewsNet articles (default 2,000), one step at a time on one thread:
/// each step's time over all articles and the articles/s it alone would allow, then the whole pipeline over the same
/// articles (every word form already read by the entity step: the tagger's form cache is warm), then twice over the next N:
/// the first time their new forms are read and summed, as in a long run, the second time with every form cached.
/// Args: [N] [--path FILE]. Wall times are noisy on a shared machine: the CPU column (this process's processor time,
/// so it includes the garbage collector's) is what to compare across runs made under different load. Each step runs
/// once over the articles, so under heavy load much of it runs in tier-0 code (the background tier-1 compiler is starved):
/// <c>DOTNET_TieredCompilation=0</c> measures optimized code from the start; the <c>events</c> harness's <c>--repeat</c> too.
/// Articles differ in length from one part of the corpus to another (the first 1,000 average twice the corpus mean, the
/// next 1,000 a little under it), so each row also gives characters per CPU-second, the figure that compares across sets.
/// </summary>
public sealed class PipelineBenchmark : IBenchmark
{
    public string Name => "pipeline";

    public string Description => "the default pipeline on N saudinewsnet articles, one thread: articles/s per step and whole";

    public int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 2_000;
        if (SaudiNewsNet.LocateOrSay(BenchArgs.String(args, "--path")) is not { } path) return 2;
        // The next N articles too: the whole pipeline once more over articles no step has seen, so the tagger meets
        // new word forms at the rate a long run does, not only forms already read (its per-form sums are made on first sight).
        var read = SaudiNewsNet.Read(path, 2 * count).Select(r => new Article { Id = r.Id, Text = r.Text, Outlet = r.Outlet }).ToList();
        var articles = read.Take(count).ToList();
        var unseen = read.Skip(count).ToList();
        var pipeline = MarsadPipeline.Default;

        // Warm up every step (data files, model, memo tables) on a few articles, untimed.
        foreach (var article in articles.Take(20)) pipeline.Run(article);

        var documents = articles.Select(a => new Document(a)).ToList();
        var perStep = new List<(string Step, TimeSpan Elapsed, TimeSpan Cpu, Heap Heap)>();
        using var process = Process.GetCurrentProcess();
        foreach (var annotator in pipeline.Annotators)
        {
            var cpu = Cpu(process);
            var heap = Heap.Now();
            var watch = Stopwatch.StartNew();
            foreach (var document in documents) annotator.Annotate(document);
            perStep.Add((annotator.Name, watch.Elapsed, Cpu(process) - cpu, Heap.Now() - heap));
        }
        var wholeCpu = Cpu(process);
        var wholeHeap = Heap.Now();
        var whole = Stopwatch.StartNew();
        foreach (var article in articles) pipeline.Run(article);
        whole.Stop();
        wholeCpu = Cpu(process) - wholeCpu;
        wholeHeap = Heap.Now() - wholeHeap;

        // The same unseen articles twice: the first time their new word forms are read (a cold cache for them), the second
        // time every form is cached; the difference is the cost of new forms on the very same articles.
        var cold = Whole(pipeline, unseen, process);
        var warm = Whole(pipeline, unseen, process);

        var table = new Table().AddColumn("step").AddColumn(new TableColumn("time").RightAligned())
            .AddColumn(new TableColumn("ms/article").RightAligned()).AddColumn(new TableColumn("articles/s (step alone)").RightAligned())
            .AddColumn(new TableColumn("CPU").RightAligned()).AddColumn(new TableColumn("articles/CPU s").RightAligned())
            .AddColumn(new TableColumn("K chars/CPU s").RightAligned())
            .AddColumn(new TableColumn("KB allocated/article").RightAligned()).AddColumn(new TableColumn("GC pauses").RightAligned());
        var seen = new Sample(articles.Count, articles.Sum(a => (long)a.Text.Length));
        var next = new Sample(unseen.Count, unseen.Sum(a => (long)a.Text.Length));
        foreach (var (step, elapsed, cpu, heap) in perStep) AddRow(table, step, elapsed, cpu, heap, seen);
        // Issue #7 sets its speed goal on the quotes and events steps together.
        var facts = perStep.Where(s => s.Step is "quotes" or "events").ToList();
        if (facts.Count == 2)
            AddRow(table, "[bold]quotes + events[/]", facts[0].Elapsed + facts[1].Elapsed, facts[0].Cpu + facts[1].Cpu,
                facts[0].Heap + facts[1].Heap, seen);
        AddRow(table, "[bold]whole pipeline[/]", whole.Elapsed, wholeCpu, wholeHeap, seen);
        if (unseen.Count > 0)
        {
            AddRow(table, "[bold]whole, next N (new forms)[/]", cold.Elapsed, cold.Cpu, cold.Heap, next);
            AddRow(table, "[bold]whole, next N again[/]", warm.Elapsed, warm.Cpu, warm.Heap, next);
        }
        AnsiConsole.MarkupLine($"[grey]{articles.Count:N0} articles from {Markup.Escape(Path.GetFileName(path))}, one thread; " +
            $"steps and whole over the same articles (whole: every word form already read), then the whole pipeline twice over the next {unseen.Count:N0}; " +
            $"mean article {seen.MeanCharacters:N0} characters, next {next.MeanCharacters:N0}[/]");
        AnsiConsole.Write(table);
        return 0;
    }

    private static (TimeSpan Elapsed, TimeSpan Cpu, Heap Heap) Whole(AnalysisPipeline pipeline, List<Article> articles, Process process)
    {
        var cpu = Cpu(process);
        var heap = Heap.Now();
        var watch = Stopwatch.StartNew();
        foreach (var article in articles) pipeline.Run(article);
        return (watch.Elapsed, Cpu(process) - cpu, Heap.Now() - heap);
    }

    private static void AddRow(Table table, string step, TimeSpan elapsed, TimeSpan cpu, Heap heap, Sample sample) =>
        table.AddRow(step, $"{elapsed.TotalSeconds:F2} s", $"{elapsed.TotalMilliseconds / sample.Articles:F2}",
            $"{sample.Articles / elapsed.TotalSeconds:N0}", $"{cpu.TotalSeconds:F2} s", $"{sample.Articles / cpu.TotalSeconds:N0}",
            $"{sample.Characters / 1000.0 / cpu.TotalSeconds:N0}", $"{heap.Allocated / 1024.0 / sample.Articles:N0}",
            $"{heap.Pauses.TotalSeconds:F2} s");

    /// <summary>A set of articles timed as one row: how many, and how many characters of text they hold together.</summary>
    private readonly record struct Sample(int Articles, long Characters)
    {
        public double MeanCharacters => Articles == 0 ? 0 : (double)Characters / Articles;
    }

    /// <summary>
    /// Bytes this thread allocated and the collector's total pause time: allocation is what makes the collector run,
    /// and its pauses are part of a step's CPU that no profile of the step's own methods shows.
    /// </summary>
    private readonly record struct Heap(long Allocated, TimeSpan Pauses)
    {
        public static Heap Now() => new(GC.GetAllocatedBytesForCurrentThread(), GC.GetTotalPauseDuration());

        public static Heap operator -(Heap a, Heap b) => new(a.Allocated - b.Allocated, a.Pauses - b.Pauses);

        public static Heap operator +(Heap a, Heap b) => new(a.Allocated + b.Allocated, a.Pauses + b.Pauses);
    }

    private static TimeSpan Cpu(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }
}
