using Marsad.Analysis;
using Marsad.Bench;
using Marsad.Documents;
using Marsad.Events;

namespace Marsad.Train;

/// <summary>
/// Measurement of the events step on news it was never tuned on (issue #7, "Real news"): events per 1,000 SaudiNewsNet
/// articles by PLOVER type (<c>event-rates</c>), and a seeded random draw of events printed with their sentence, type,
/// actors and modality for an analyst to hand-check (<c>sample-events</c>). Both read the first N articles in corpus order.
/// </summary>
internal static class EventSampling
{
    public static int Rates(Options options)
    {
        if (Analyse(options) is not { } run) return 1;
        PrintRates(run.All, run.Articles);
        return 0;
    }

    public static int Sample(Options options)
    {
        if (Analyse(options) is not { } run) return 1;
        var count = options.Get("count", 100);
        var seed = options.Get("seed", 7);
        var random = new Random(seed);
        PrintRates(run.All, run.Articles);
        if (options.Get("show-articles", null!) is { } ids) return ShowArticles(run.All, ids.Split(',', StringSplitOptions.RemoveEmptyEntries));
        Console.WriteLine();
        Console.WriteLine($"{count} events drawn with seed {seed}:");
        var drawn = run.All.OrderBy(_ => random.Next()).Take(count).ToList();
        var n = 0;
        foreach (var (record, e) in drawn)
        {
            Console.WriteLine();
            Console.WriteLine($"#{++n} {record.Id} {record.Outlet} {e.Id} {e.Type}/{e.Mode ?? "-"} {e.Modality.Name()} date={e.Date ?? "-"}");
            Console.WriteLine($"  trigger: {e.First.TriggerText}");
            Console.WriteLine($"  source:  {Actor(e.Source)}");
            Console.WriteLine($"  target:  {Actor(e.Target)}");
            if (e.AttributedTo is { } by) Console.WriteLine($"  said by: {by.Text}");
            Console.WriteLine($"  sentence: {e.First.Sentence.Slice(record.Text).ReplaceLineEndings(" ")}");
        }
        return 0;
    }

    /// <summary>
    /// Every event of the listed articles with every mention and its sentence, for counting false merges and splits of
    /// one event's mentions (MentionMerger) article by article.
    /// </summary>
    private static int ShowArticles(List<(SaudiNewsNet.Record Record, Event Event)> all, string[] ids)
    {
        foreach (var id in ids)
        {
            Console.WriteLine();
            Console.WriteLine($"=== article {id}");
            foreach (var (record, e) in all.Where(x => x.Record.Id == id))
            {
                Console.WriteLine($"{e.Id} {e.Type}/{e.Mode ?? "-"} {e.Modality.Name()} date={e.Date ?? "-"} source={Actor(e.Source)} target={Actor(e.Target)}");
                foreach (var m in e.Mentions)
                    Console.WriteLine($"    «{m.TriggerText}» @{m.Trigger.Start}: {m.Sentence.Slice(record.Text).ReplaceLineEndings(" ")}");
            }
        }
        return 0;
    }

    private static string Actor(EventActor? actor) =>
        actor is null ? "-" : $"{actor.Text} [{actor.EntityId ?? "null"} {actor.Country ?? "-"}/{actor.Sector ?? "-"}]";

    private static (List<(SaudiNewsNet.Record Record, Event Event)> All, int Articles)? Analyse(Options options)
    {
        var path = SaudiNewsNet.LocateOrSay(options.Get("corpus", null!));
        if (path is null) return null;
        var articles = options.Get("articles", 10_000);
        var pipeline = MarsadPipeline.Default;
        // In corpus order whatever the threads, so the same seed draws the same events.
        var all = SaudiNewsNet.Read(path, articles).AsParallel().AsOrdered()
            .SelectMany(record => pipeline.Run(new Article { Id = record.Id, Text = record.Text, Outlet = record.Outlet, Published = record.Crawled })
                .Get(EventLayers.Events).Select(e => (Record: record, Event: e)))
            .ToList();
        return (all, articles);
    }

    private static void PrintRates(List<(SaudiNewsNet.Record Record, Event Event)> all, int articles)
    {
        Console.WriteLine($"{all.Count:N0} events in {articles:N0} articles ({all.Count * 1000.0 / articles:F0} per 1,000 articles)");
        Console.WriteLine($"{"type",-12}{"events",8}{"per 1,000",11}  modes (count)");
        foreach (var type in all.GroupBy(x => x.Event.Type).OrderByDescending(g => g.Count()))
        {
            var modes = string.Join(", ", type.GroupBy(x => x.Event.Mode ?? "-").OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
            Console.WriteLine($"{type.Key,-12}{type.Count(),8}{type.Count() * 1000.0 / articles,11:F1}  {modes}");
        }
    }
}
