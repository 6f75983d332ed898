using System.Diagnostics;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Text;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// Entity recognition and linking on the first N SaudiNewsNet articles (default 10,000). The text steps run first,
/// untimed; then the entity step alone is timed, with the statistical model (default) and without it (rules only).
/// Args: [N] [--path FILE] [--threads N] [--top K] (K most-mentioned entities printed).
/// </summary>
public sealed class EntityBenchmark : IBenchmark
{
    public string Name => "entities";

    public string Description => "entity recognition + linking on N saudinewsnet articles: articles/s with and without the model";

    public int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        if (SaudiNewsNet.LocateOrSay(BenchArgs.String(args, "--path")) is not { } path) return 2;
        var threads = BenchArgs.Int(args, "--threads") ?? 1;
        var top = BenchArgs.Int(args, "--top") ?? 15;

        var prepare = Stopwatch.StartNew();
        var text = new PipelineBuilder().UseText().Build();
        var documents = SaudiNewsNet.Read(path, count).Select(r => new Article { Id = r.Id, Text = r.Text, Outlet = r.Outlet }).AsParallel().AsOrdered().Select(text.Run).ToList();
        prepare.Stop();
        var tokens = documents.Sum(d => (long)d.Get(TextLayers.Tokens).Count);

        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("rules only").RightAligned()).AddColumn(new TableColumn("rules + model").RightAligned());
        var rules = Measure(new EntityAnnotator(EntityRecognizer.RulesOnly), documents, threads);
        var model = Measure(new EntityAnnotator(EntityRecognizer.Default), documents, threads);
        table.AddRow("articles", $"{documents.Count:N0}", $"{documents.Count:N0}");
        table.AddRow("tokens", $"{tokens:N0}", $"{tokens:N0}");
        table.AddRow("threads", $"{threads}", $"{threads}");
        table.AddRow("first-article warm-up", $"{rules.WarmUp.TotalMilliseconds:N0} ms", $"{model.WarmUp.TotalMilliseconds:N0} ms");
        table.AddRow("wall time", $"{rules.Elapsed.TotalSeconds:F2} s", $"{model.Elapsed.TotalSeconds:F2} s");
        table.AddRow("articles/s", $"{documents.Count / rules.Elapsed.TotalSeconds:N0}", $"{documents.Count / model.Elapsed.TotalSeconds:N0}");
        table.AddRow("tokens/s", $"{tokens / rules.Elapsed.TotalSeconds:N0}", $"{tokens / model.Elapsed.TotalSeconds:N0}");
        table.AddRow("mentions", $"{rules.Mentions:N0}", $"{model.Mentions:N0}");
        table.AddRow("entities per article (mean)", $"{rules.EntitiesPerArticle:F1}", $"{model.EntitiesPerArticle:F1}");
        table.AddRow("distinct entities", $"{rules.Distinct:N0}", $"{model.Distinct:N0}");
        table.AddRow("  of them unknown to the gazetteer", $"{rules.DistinctUnknown:N0}", $"{model.DistinctUnknown:N0}");
        AnsiConsole.MarkupLine($"[grey]text steps (untimed for this table): {prepare.Elapsed.TotalSeconds:F1} s for {documents.Count:N0} articles from {Markup.Escape(Path.GetFileName(path))}[/]");
        AnsiConsole.Write(table);

        var rulesTable = new Table().AddColumn("rule").AddColumn(new TableColumn("mentions (rules + model)").RightAligned());
        foreach (var (rule, mentions) in model.ByRule.OrderByDescending(r => r.Value)) rulesTable.AddRow(rule, $"{mentions:N0}");
        AnsiConsole.Write(rulesTable);

        var topTable = new Table().AddColumn("entity").AddColumn("type").AddColumn("name").AddColumn(new TableColumn("articles").RightAligned());
        foreach (var (id, (type, name, articles)) in model.Top.OrderByDescending(t => t.Value.Articles).Take(top))
            topTable.AddRow(Markup.Escape(id), type.ToString(), Markup.Escape(name), $"{articles:N0}");
        AnsiConsole.Write(topTable);

        // --sample RULE K: K mentions produced by one rule, spread over the corpus, to read them as an analyst would.
        var sampleRule = BenchArgs.String(args, "--sample");
        if (sampleRule is not null)
        {
            var sample = documents.SelectMany(d => d.Get(EntityLayers.Entities).Mentions.Where(m => m.Rule == sampleRule)
                .Select(m => (m, d.Text))).ToList();
            var k = BenchArgs.Int(args, "--k") ?? 40;
            for (var s = 0; s < Math.Min(k, sample.Count); s++)
            {
                var (m, body) = sample[s * sample.Count / Math.Min(k, sample.Count)];
                var from = Math.Max(0, m.Span.Start - 30);
                var to = Math.Min(body.Length, m.Span.End + 30);
                Console.WriteLine($"{m.EntityId,-28} {m.Confidence:0.00} «{m.Text}»  …{body[from..to].Replace('\n', ' ')}…");
            }
        }
        return 0;
    }

    private sealed record Result(
        TimeSpan WarmUp, TimeSpan Elapsed, long Mentions, double EntitiesPerArticle, int Distinct, int DistinctUnknown,
        Dictionary<string, long> ByRule, Dictionary<string, (EntityType Type, string Name, int Articles)> Top);

    private static Result Measure(EntityAnnotator annotator, List<Document> documents, int threads)
    {
        var warm = Stopwatch.StartNew();
        annotator.Annotate(documents[0]);
        warm.Stop();
        var watch = Stopwatch.StartNew();
        if (threads <= 1) foreach (var d in documents) annotator.Annotate(d);
        else Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, annotator.Annotate);
        watch.Stop();

        var byRule = new Dictionary<string, long>();
        var top = new Dictionary<string, (EntityType, string, int)>();
        long mentions = 0, entities = 0;
        foreach (var d in documents)
        {
            var layer = d.Get(EntityLayers.Entities);
            mentions += layer.Mentions.Count;
            entities += layer.Entities.Count;
            foreach (var m in layer.Mentions) byRule[m.Rule] = byRule.GetValueOrDefault(m.Rule) + 1;
            foreach (var e in layer.Entities)
                top[e.Id] = top.TryGetValue(e.Id, out var t) ? (t.Item1, t.Item2, t.Item3 + 1) : (e.Type, e.NameAr, 1);
        }
        return new Result(warm.Elapsed, watch.Elapsed, mentions, (double)entities / documents.Count, top.Count,
            top.Keys.Count(EntityId.IsUnknown), byRule, top);
    }
}
