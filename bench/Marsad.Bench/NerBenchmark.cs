using System.Diagnostics;
using Marsad.Entities.Recognition;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// Statistical NER tagging speed on real news: the first N SaudiNewsNet articles (default 10,000), normalized,
/// tokenized and split into sentences by the text core, then each article tagged as one document (both passes)
/// by <see cref="NerTagger.Default"/>. Text preparation is timed apart from tagging. Wall time is noisy on a shared
/// machine: compare the tagging CPU time (this process's processor time, the garbage collector's included).
/// Usage: ner [N] [path/to/saudinewsnet.jsonl.gz] [--dump FILE] [--model FILE]: --dump writes every span with its
/// confidence to the last bit, one article a line, so a change meant to keep the output can be checked with diff;
/// --model times a model file instead of the embedded one (a retrained model against the one it replaces, one build).
/// </summary>
public sealed class NerBenchmark : IBenchmark
{
    public string Name => "ner";

    public string Description => "NER tagging speed (tokens/s, articles/s) on the first N SaudiNewsNet articles";

    public int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        var dump = BenchArgs.String(args, "--dump");
        if (SaudiNewsNet.LocateOrSay(args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null) is not { } path) return 2;

        var clock = Stopwatch.StartNew();
        var articles = SaudiNewsNet.Read(path, count).Select(r => r.Text).ToList();
        var readTime = clock.Elapsed;

        clock.Restart();
        var documents = articles.Select(Sentences).ToList();
        var tokenizeTime = clock.Elapsed;
        var tokens = documents.Sum(d => d.Sum(s => s.Count));

        clock.Restart();
        var loadClock = Stopwatch.StartNew();
        var tagger = BenchArgs.String(args, "--model") is { } model ? new NerTagger(NerModel.Load(model)) : NerTagger.Default;
        var loadTime = loadClock.Elapsed;
        var entities = 0;
        using var process = Process.GetCurrentProcess();
        var cpu = Cpu(process);
        var found = new List<IReadOnlyList<IReadOnlyList<(int Start, int End, string Type, double Confidence)>>>(dump is null ? 0 : documents.Count);
        foreach (var document in documents)
        {
            var spans = tagger.RecognizeDocument(document);
            entities += spans.Sum(s => s.Count);
            if (dump is not null) found.Add(spans);
        }
        var tagTime = clock.Elapsed - loadTime;
        var tagCpu = Cpu(process) - cpu;
        if (dump is not null) Dump(dump, found);

        var table = new Table().AddColumns("measure", "value");
        table.AddRow("articles", $"{articles.Count:N0}");
        table.AddRow("tokens", $"{tokens:N0}");
        table.AddRow("entities found", $"{entities:N0}");
        table.AddRow("read + parse JSON", $"{readTime.TotalSeconds:F2} s");
        table.AddRow("normalize + tokenize + split", $"{tokenizeTime.TotalSeconds:F2} s");
        table.AddRow("model load", $"{loadTime.TotalSeconds:F2} s");
        table.AddRow("model features (first, second pass)", $"{tagger.Model.FeatureCount:N0}, {tagger.Model.SecondPass?.FeatureCount ?? 0:N0}");
        table.AddRow("tag (RecognizeDocument)", $"{tagTime.TotalSeconds:F2} s");
        table.AddRow("tag CPU", $"{tagCpu.TotalSeconds:F2} s");
        table.AddRow("tokens/s", $"{tokens / tagTime.TotalSeconds:N0}");
        table.AddRow("tokens/CPU s", $"{tokens / tagCpu.TotalSeconds:N0}");
        table.AddRow("articles/s", $"{articles.Count / tagTime.TotalSeconds:N1}");
        table.AddRow("peak working set", $"{process.PeakWorkingSet64 / (1024 * 1024):N0} MB");
        AnsiConsole.Write(table);
        return 0;
    }

    private static TimeSpan Cpu(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static void Dump(string path, List<IReadOnlyList<IReadOnlyList<(int Start, int End, string Type, double Confidence)>>> documents)
    {
        using var writer = new StreamWriter(path);
        foreach (var document in documents)
            writer.WriteLine(string.Join(" | ", document.Select(spans =>
                string.Join(' ', spans.Select(s => $"{s.Start}-{s.End}:{s.Type}:{s.Confidence:R}")))));
    }

    private static List<IReadOnlyList<string>> Sentences(string text)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        var tokens = Tokenizer.Tokenize(normalized);
        return SentenceSplitter.Split(normalized, tokens)
            .Select(s => (IReadOnlyList<string>)tokens.Skip(s.FirstToken).Take(s.TokenCount).Select(t => t.Normalized).ToArray())
            .ToList();
    }
}
