using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime;
using System.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Text.Morphology;

using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;
using Spectre.Console;
using MarsadNormalizer = Marsad.Text.Normalization.ArabicNormalizer;

namespace Marsad.Bench;

/// <summary>
/// Throughput of the text stage (normalize, tokenize, sentences, clitics and stems through the UseText() pipeline)
/// next to Lucene.NET's ArabicAnalyzer over the same SaudiNewsNet texts, on one thread and on all cores.
/// MB/s counts the UTF-8 bytes of the input texts (Arabic letters are two bytes each).
/// Each row is the best of five timed passes after a warm-up pass, the configurations taking turns.
/// </summary>
public sealed class TextStageBenchmark : IBenchmark
{
    private const int Passes = 5;

    public string Name => "text";

    public string Description => "text stage vs Lucene ArabicAnalyzer: text [ARTICLES=10000] [PATH to saudinewsnet.jsonl.gz]";

    public int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        if (SaudiNewsNet.LocateOrSay(args.Length > 1 ? args[1] : null) is not { } path) return 2;

        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 132;
        // A throughput run: the blocking collector (one heap per core, see the csproj) spends less per collection than the background one.
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        try
        {
            return Run(count, path);
        }
        finally
        {
            GCSettings.LatencyMode = latency;
        }
    }

    private static int Run(int count, string path)
    {
        var texts = SaudiNewsNet.Read(path, count).Select(r => r.Text).ToList();
        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        AnsiConsole.MarkupLine($"[grey]{texts.Count:N0} articles, {bytes / 1e6:N1} MB UTF-8, {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}[/]");

        var articles = texts.Select((t, i) => new Article { Id = i.ToString(), Text = t }).ToArray();
        var pipeline = new PipelineBuilder().UseText().Build();
        using var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);

        // The stage the issue names: normalize, tokenize, split sentences, stem every word (what ArabicAnalyzer does,
        // plus offsets and sentences). The full UseText() pipeline also segments clitics with candidate bases.
        long Stage(int i)
        {
            var normalized = MarsadNormalizer.Normalize(texts[i]);
            var tokens = Tokenizer.Tokenize(normalized);
            var sentences = SentenceSplitter.Split(normalized, tokens);
            foreach (var token in tokens)
                if (token.IsWord) LightStemmer.Stem(token.Key);
            GC.KeepAlive(sentences);
            return tokens.Count;
        }

        long Marsad(int i)
        {
            var document = pipeline.Run(articles[i]);
            return document.Get(TextLayers.Tokens).Count;
        }

        long Lucene(int i)
        {
            using var stream = analyzer.GetTokenStream("text", new StringReader(texts[i]));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            long tokens = 0;
            while (stream.IncrementToken())
            {
                if (term.Length > 0) tokens++;
            }
            stream.End();
            return tokens;
        }

        // Configurations take turns pass after pass, so a burst of load from elsewhere on the machine does not
        // fall on one of them only; each keeps its best pass.
        var configurations = new (string Stage, int Threads, Func<int, long> Work)[]
        {
            ("Marsad text stage", 1, Stage),
            ("Marsad UseText() (+ clitics)", 1, Marsad),
            ("Lucene ArabicAnalyzer", 1, Lucene),
            ("Marsad text stage", Environment.ProcessorCount, Stage),
            ("Marsad UseText() (+ clitics)", Environment.ProcessorCount, Marsad),
            ("Lucene ArabicAnalyzer", Environment.ProcessorCount, Lucene),
        };
        foreach (var (_, threads, work) in configurations) RunOnce(threads, texts.Count, work); // warm-up: JIT, caches, pool threads
        var rows = configurations.Select(c => new Row(c.Stage, c.Threads, double.MaxValue, 0, 0)).ToArray();
        for (var pass = 0; pass < Passes; pass++)
        {
            for (var c = 0; c < configurations.Length; c++)
            {
                var measured = Measure(configurations[c].Threads, texts.Count, configurations[c].Work);
                if (measured.Seconds < rows[c].Seconds) rows[c] = rows[c] with { Seconds = measured.Seconds, Tokens = measured.Tokens, AllocatedBytes = measured.Allocated };
            }
        }

        var table = new Table().AddColumns("stage", "threads", "seconds", "MB/s (UTF-8)", "articles/s", "tokens", "allocated MB");
        foreach (var row in rows)
        {
            table.AddRow(row.Stage, row.Threads.ToString(), row.Seconds.ToString("N3"), (bytes / 1e6 / row.Seconds).ToString("N1"),
                (texts.Count / row.Seconds).ToString("N0"), row.Tokens.ToString("N0"), (row.AllocatedBytes / 1e6).ToString("N0"));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("[grey]Text stage = normalize (offset map) + tokenize + sentences + light stem of every word; UseText() adds clitic segmentation with candidate bases.[/]");
        AnsiConsole.MarkupLine("[grey]Marsad tokens include punctuation; Lucene's exclude punctuation and stop words.[/]");
        return 0;
    }

    private static (double Seconds, long Tokens, long Allocated) Measure(int threads, int count, Func<int, long> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var tokens = RunOnce(threads, count, work);
        watch.Stop();
        return (watch.Elapsed.TotalSeconds, tokens, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }

    private static long RunOnce(int threads, int count, Func<int, long> work)
    {
        if (threads == 1)
        {
            long total = 0;
            for (var i = 0; i < count; i++) total += work(i);
            return total;
        }
        long sum = 0;
        Parallel.ForEach(Partitioner.Create(0, count, 64), new ParallelOptions { MaxDegreeOfParallelism = threads }, range =>
        {
            long local = 0;
            for (var i = range.Item1; i < range.Item2; i++) local += work(i);
            Interlocked.Add(ref sum, local);
        });
        return sum;
    }

    private sealed record Row(string Stage, int Threads, double Seconds, long Tokens, long AllocatedBytes);
}
