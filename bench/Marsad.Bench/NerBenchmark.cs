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
/// by <see cref="NerTagger.Default"/>. Text preparation is timed apart from tagging.
/// Usage: ner [N] [path/to/saudinewsnet.jsonl.gz]
/// </summary>
public sealed class NerBenchmark : IBenchmark
{
    public string Name => "ner";

    public string Description => "NER tagging speed (tokens/s, articles/s) on the first N SaudiNewsNet articles";

    public int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        if (SaudiNewsNet.LocateOrSay(args.Length > 1 ? args[1] : null) is not { } path) return 2;

        var clock = Stopwatch.StartNew();
        var articles = SaudiNewsNet.Read(path, count).Select(r => r.Text).ToList();
        var readTime = clock.Elapsed;

        clock.Restart();
        var documents = articles.Select(Sentences).ToList();
        var tokenizeTime = clock.Elapsed;
        var tokens = documents.Sum(d => d.Sum(s => s.Count));

        clock.Restart();
        var loadClock = Stopwatch.StartNew();
        var tagger = NerTagger.Default;
        var loadTime = loadClock.Elapsed;
        var entities = 0;
        foreach (var document in documents)
            entities += tagger.RecognizeDocument(document).Sum(s => s.Count);
        var tagTime = clock.Elapsed - loadTime;

        var table = new Table().AddColumns("measure", "value");
        table.AddRow("articles", $"{articles.Count:N0}");
        table.AddRow("tokens", $"{tokens:N0}");
        table.AddRow("entities found", $"{entities:N0}");
        table.AddRow("read + parse JSON", $"{readTime.TotalSeconds:F2} s");
        table.AddRow("normalize + tokenize + split", $"{tokenizeTime.TotalSeconds:F2} s");
        table.AddRow("model load", $"{loadTime.TotalSeconds:F2} s");
        table.AddRow("tag (RecognizeDocument)", $"{tagTime.TotalSeconds:F2} s");
        table.AddRow("tokens/s", $"{tokens / tagTime.TotalSeconds:N0}");
        table.AddRow("articles/s", $"{articles.Count / tagTime.TotalSeconds:N1}");
        AnsiConsole.Write(table);
        return 0;
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
