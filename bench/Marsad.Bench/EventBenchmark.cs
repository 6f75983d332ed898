using System.Diagnostics;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Events;
using Marsad.Pipeline;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// The steps after entities up to events in the default pipeline (quotes and events) on the first N SaudiNewsNet
/// articles (default 10,000): every step up to entities runs first, untimed and on all cores; then the later steps alone
/// are timed on one thread (<c>--threads</c> to change), <c>--repeat R</c> rounds (default 1). Prints articles/s and CPU
/// time per step and together (best and median round), a fingerprint of their JSON output (unchanged by a change that
/// only makes them faster), events per 1,000 articles by type and by modality, and with <c>--sample K [--seed S]</c> K events drawn at random (fixed seed, default 7) with their sentence,
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
        var timed = pipeline.Annotators.Skip(split).TakeWhile(a => a.Name != "stories").ToList();
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

        AnsiConsole.MarkupLine($"[grey]steps before (untimed): {prepare.Elapsed.TotalSeconds:F1} s for {documents.Count:N0} articles; timed: {Markup.Escape(string.Join(" + ", timed.Select(s => s.Name)))}[/]");
        foreach (var step in timed) step.Annotate(documents[0]);
        var rounds = Enumerable.Range(0, Math.Max(1, BenchArgs.Int(args, "--repeat") ?? 1)).Select(_ => TimeSteps(documents, timed, threads)).ToList();

        var events = documents.SelectMany(d => d.Get(EventLayers.Events).Select(e => (Document: d, Event: e))).ToList();
        var incidents = documents.Sum(d => d.Get(EventLayers.Incidents).Count);
        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("articles", $"{documents.Count:N0}");
        table.AddRow("threads", $"{threads}");
        table.AddRow("rounds", $"{rounds.Count}");
        table.AddRow("output fingerprint", Fingerprint(documents, timed));
        AnsiConsole.Write(table);
        WriteSpeeds(documents.Count, timed.Select(s => s.Name).ToList(), rounds);

        table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
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

    // SHA-256 of what the timed steps write into the articles' JSON: a change that only makes a step faster keeps it.
    private static string Fingerprint(IReadOnlyList<Document> documents, IReadOnlyList<IAnnotator> steps)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var document in documents)
            {
                writer.WriteStartObject();
                foreach (var step in steps.OfType<IJsonContributor>()) step.WriteJson(document, writer);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(buffer.ToArray()))[..16];
    }

    // One round: each step over every document (a step reads the layers of the one before), on one or more threads;
    // the wall and CPU time of each step. The CPU time is this process's, so with threads > 1 it sums over cores.
    private static List<(TimeSpan Wall, TimeSpan Cpu)> TimeSteps(IReadOnlyList<Document> documents, IReadOnlyList<IAnnotator> steps, int threads)
    {
        using var process = Process.GetCurrentProcess();
        var times = new List<(TimeSpan, TimeSpan)>();
        foreach (var step in steps)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            if (threads <= 1) foreach (var d in documents) step.Annotate(d);
            else Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, step.Annotate);
            watch.Stop();
            process.Refresh();
            times.Add((watch.Elapsed, process.TotalProcessorTime - cpu));
        }
        return times;
    }

    // Per step and for all steps together: the best and the median round, in wall and CPU articles/s. On a shared
    // machine the wall time follows the load; the CPU time (which includes the garbage collector's) much less.
    private static void WriteSpeeds(int articles, IReadOnlyList<string> steps, IReadOnlyList<List<(TimeSpan Wall, TimeSpan Cpu)>> rounds)
    {
        var table = new Table().AddColumn("step")
            .AddColumn(new TableColumn("articles/s best").RightAligned()).AddColumn(new TableColumn("articles/s median").RightAligned())
            .AddColumn(new TableColumn("CPU s best").RightAligned()).AddColumn(new TableColumn("articles/CPU s best").RightAligned())
            .AddColumn(new TableColumn("articles/CPU s median").RightAligned());
        var rows = steps.Select((name, i) => (name, rounds.Select(r => r[i]).ToList())).ToList();
        rows.Add((string.Join(" + ", steps), rounds.Select(r => (new TimeSpan(r.Sum(s => s.Wall.Ticks)), new TimeSpan(r.Sum(s => s.Cpu.Ticks)))).ToList()));
        foreach (var (name, times) in rows)
        {
            var wall = times.Select(t => t.Wall.TotalSeconds).Order().ToList();
            var cpu = times.Select(t => t.Cpu.TotalSeconds).Order().ToList();
            table.AddRow(name, $"{articles / wall[0]:N0}", $"{articles / Median(wall):N0}", $"{cpu[0]:F2}", $"{articles / cpu[0]:N0}", $"{articles / Median(cpu):N0}");
        }
        AnsiConsole.Write(table);
    }

    private static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static string Actor(EventActor? actor) => actor is null ? "?" : $"{actor.Text}[{actor.Country ?? "-"}/{actor.Sector ?? "-"}]";

    private static string Share(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:F0}%";

    private static DateTimeOffset? Fetched(string? fetched) =>
        fetched is { Length: >= 10 } && DateTimeOffset.TryParse(fetched[..10] + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;
}
