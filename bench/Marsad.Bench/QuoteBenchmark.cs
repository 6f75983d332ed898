using System.Diagnostics;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Quotes;
using Marsad.Text;
using Marsad.Time;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// The quotes step alone on the first N SaudiNewsNet articles (default 10,000): text, time and entity steps run first,
/// untimed, in parallel; then quote recognition is timed on one thread (or --threads N), after one warm-up article.
/// Prints speed and what was found (quotes per 1,000 articles, kinds, how speakers were named).
/// Args: [N] [--path FILE] [--threads N].
/// </summary>
public sealed class QuoteBenchmark : IBenchmark
{
    public string Name => "quotes";

    public string Description => "quote recognition alone on N saudinewsnet articles: articles/s, quotes per 1,000 articles, speaker kinds";

    public int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        if (SaudiNewsNet.LocateOrSay(BenchArgs.String(args, "--path")) is not { } path) return 2;
        var threads = BenchArgs.Int(args, "--threads") ?? 1;

        var prepare = Stopwatch.StartNew();
        var before = new PipelineBuilder().UseText().UseTime().UseEntities().Build();
        var documents = SaudiNewsNet.Read(path, count).Select(r => new Article { Id = r.Id, Text = r.Text, Outlet = r.Outlet })
            .AsParallel().AsOrdered().Select(before.Run).ToList();
        prepare.Stop();

        var annotator = new QuoteAnnotator(QuoteRecognizer.Default);
        var warm = Stopwatch.StartNew();
        annotator.Annotate(documents[0]);
        warm.Stop();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        if (threads <= 1) foreach (var d in documents) annotator.Annotate(d);
        else Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, annotator.Annotate);
        watch.Stop();
        var cpuTime = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;

        var quotes = documents.SelectMany(d => d.Get(QuoteLayers.Quotes)).ToList();
        var tokens = documents.Sum(d => (long)d.Get(TextLayers.Tokens).Count);
        var direct = quotes.Count(q => q.Kind == QuoteKind.Direct);
        var linked = quotes.Count(q => q.Speaker?.EntityId is not null);
        var unnamed = quotes.Count(q => q.Speaker is { EntityId: null });
        var none = quotes.Count(q => q.Speaker is null);
        var attributed = quotes.Count(q => q.Cue is { } c && QuoteLexicon.Default.Cue(Text.Normalization.MatchingKey.Of(c.Text.Split(' ')[0])) is null);

        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("quotes step").RightAligned());
        table.AddRow("articles", $"{documents.Count:N0}");
        table.AddRow("tokens", $"{tokens:N0}");
        table.AddRow("threads", $"{threads}");
        table.AddRow("first-article warm-up", $"{warm.Elapsed.TotalMilliseconds:N0} ms");
        table.AddRow("wall time", $"{watch.Elapsed.TotalSeconds:F2} s");
        table.AddRow("articles/s", $"{documents.Count / watch.Elapsed.TotalSeconds:N0}");
        // On a shared machine wall time includes waiting for a core; process CPU time does not (one thread: the step's own).
        table.AddRow("process CPU time", $"{cpuTime.TotalSeconds:F2} s");
        table.AddRow("articles per CPU second", $"{documents.Count / cpuTime.TotalSeconds:N0}");
        table.AddRow("tokens/s", $"{tokens / watch.Elapsed.TotalSeconds:N0}");
        table.AddRow("quotes", $"{quotes.Count:N0}");
        table.AddRow("quotes per 1,000 articles", $"{quotes.Count * 1000.0 / documents.Count:N0}");
        table.AddRow("direct / indirect", $"{Share(direct, quotes.Count)} / {Share(quotes.Count - direct, quotes.Count)}");
        table.AddRow("by an attribution phrase", Share(attributed, quotes.Count));
        table.AddRow("speaker linked to an entity", Share(linked, quotes.Count));
        table.AddRow("speaker unnamed (words, no entity)", Share(unnamed, quotes.Count));
        table.AddRow("no speaker", Share(none, quotes.Count));
        AnsiConsole.MarkupLine($"[grey]text, time and entity steps (untimed for this table): {prepare.Elapsed.TotalSeconds:F1} s for {documents.Count:N0} articles from {Markup.Escape(Path.GetFileName(path))}[/]");
        AnsiConsole.Write(table);
        return 0;
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : $"{part * 100.0 / whole:F1}%";
}
