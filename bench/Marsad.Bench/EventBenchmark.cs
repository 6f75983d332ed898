using System.Diagnostics;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Events;
using Marsad.Pipeline;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// The steps after entities in the default pipeline (quotes and events, when quotes is in it) on the first N SaudiNewsNet
/// articles (default 10,000): every step up to entities runs first, untimed and on all cores; then the later steps alone
/// are timed on one thread (<c>--threads</c> to change). Prints articles/s, events per 1,000 articles by type and by
/// modality, and with <c>--sample K [--seed S]</c> K events drawn at random (fixed seed, default 7) with their sentence,
/// for reading by hand.
/// </summary>
public sealed class EventBenchmark : IBenchmark
{
    public string Name => "events";

    public string Description => "quotes + events (the steps after entities) on N saudinewsnet articles: articles/s, events per 1,000 articles by type, a random sample";

    public int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        if (SaudiNewsNet.LocateOrSay(BenchArgs.String(args, "--path")) is not { } path) return 2;
        var threads = BenchArgs.Int(args, "--threads") ?? 1;

        var pipeline = MarsadPipeline.Default;
        var split = pipeline.Annotators.ToList().FindIndex(a => a.Name == "entities") + 1;
        var before = pipeline.Annotators.Take(split).ToList();
        var timed = pipeline.Annotators.Skip(split).ToList();
        var prepare = Stopwatch.StartNew();
        var documents = SaudiNewsNet.Read(path, count)
            .Select(r => new Article { Id = r.Id, Text = r.Text, Outlet = r.Outlet, Published = Fetched(r.Fetched) })
            .AsParallel().AsOrdered()
            .Select(a =>
            {
                var d = new Document(a);
                foreach (var step in before) step.Annotate(d);
                return d;
            }).ToList();
        prepare.Stop();

        foreach (var step in timed) step.Annotate(documents[0]);
        var watch = Stopwatch.StartNew();
        if (threads <= 1)
        {
            foreach (var d in documents)
                foreach (var step in timed) step.Annotate(d);
        }
        else
        {
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, d =>
            {
                foreach (var step in timed) step.Annotate(d);
            });
        }
        watch.Stop();

        var events = documents.SelectMany(d => d.Get(EventLayers.Events).Select(e => (Document: d, Event: e))).ToList();
        var incidents = documents.Sum(d => d.Get(EventLayers.Incidents).Count);
        AnsiConsole.MarkupLine($"[grey]steps before (untimed): {prepare.Elapsed.TotalSeconds:F1} s for {documents.Count:N0} articles; timed: {Markup.Escape(string.Join(" + ", timed.Select(s => s.Name)))}[/]");
        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("articles", $"{documents.Count:N0}");
        table.AddRow("threads", $"{threads}");
        table.AddRow("wall time", $"{watch.Elapsed.TotalSeconds:F2} s");
        table.AddRow("articles/s", $"{documents.Count / watch.Elapsed.TotalSeconds:N0}");
        table.AddRow("events", $"{events.Count:N0}");
        table.AddRow("events per 1,000 articles", $"{events.Count * 1000.0 / documents.Count:N0}");
        table.AddRow("mentions per event (mean)", $"{(events.Count == 0 ? 0 : events.Average(e => e.Event.Mentions.Count)):F2}");
        table.AddRow("cyber incidents", $"{incidents:N0}");
        AnsiConsole.Write(table);

        var byType = new Table().AddColumn("type").AddColumn(new TableColumn("events").RightAligned()).AddColumn(new TableColumn("per 1,000 articles").RightAligned())
            .AddColumn(new TableColumn("with source").RightAligned()).AddColumn(new TableColumn("with target").RightAligned());
        foreach (var type in Enum.GetValues<PloverType>())
        {
            var of = events.Where(e => e.Event.Type == type).ToList();
            byType.AddRow(type.ToString(), $"{of.Count:N0}", $"{of.Count * 1000.0 / documents.Count:N1}",
                Share(of.Count(e => e.Event.Source is not null), of.Count), Share(of.Count(e => e.Event.Target is not null), of.Count));
        }
        AnsiConsole.Write(byType);
        var byModality = new Table().AddColumn("modality").AddColumn(new TableColumn("events").RightAligned());
        foreach (var group in events.GroupBy(e => e.Event.Modality).OrderBy(g => g.Key)) byModality.AddRow(group.Key.Name(), $"{group.Count():N0}");
        AnsiConsole.Write(byModality);

        if (BenchArgs.Int(args, "--sample") is { } k)
        {
            var random = new Random(BenchArgs.Int(args, "--seed") ?? 7);
            var drawn = events.OrderBy(_ => random.Next()).Take(k).ToList();
            var i = 0;
            foreach (var (document, e) in drawn)
            {
                var sentence = e.First.Sentence.Slice(document.Text).Replace('\n', ' ');
                Console.WriteLine($"#{++i} {document.Article.Id} {e.Type}/{e.Mode ?? "-"} {e.Modality.Name()} " +
                                  $"{Actor(e.Source)} → {Actor(e.Target)} {e.Date ?? "-"} «{e.First.TriggerText}»");
                Console.WriteLine($"    {sentence}");
            }
        }
        return 0;
    }

    private static string Actor(EventActor? actor) => actor is null ? "?" : $"{actor.Text}[{actor.Country ?? "-"}/{actor.Sector ?? "-"}]";

    private static string Share(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:F0}%";

    private static DateTimeOffset? Fetched(string? fetched) =>
        fetched is { Length: >= 10 } && DateTimeOffset.TryParse(fetched[..10] + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;
}
