using System.Diagnostics;
using Marsad.Entities.Recognition;
using Marsad.Entities;
using Marsad.Text;
using Marsad.Time;
using Spectre.Console;

namespace Marsad.Train;

internal static class NerCommands
{
    private static readonly string DefaultTrain = SharedFolder.Path("data/anercorp/train.bio");
    private static readonly string DefaultTest = SharedFolder.Path("data/anercorp/test.bio");
    private const string DefaultGazetteers = "src/Marsad/Resources/Entities";
    private const string DefaultModel = "src/Marsad/Resources/Entities/ner.model.gz";
    private const string DefaultClusters = "src/Marsad/Resources/Entities/word-clusters.tsv.gz";

    public static int Train(Options options)
    {
        var defaults = new NerTrainingOptions();
        var sentences = BioCorpus.Read(options.Get("train", DefaultTrain));
        var output = options.Get("out", DefaultModel);
        var clock = Stopwatch.StartNew();
        var clustersPath = options.Get("clusters", DefaultClusters);
        WordClusters clusters;
        if (clustersPath == "none") clusters = WordClusters.Empty;
        else using (var file = File.OpenRead(clustersPath)) clusters = WordClusters.Load(file);
        var model = NerTrainer.Train(sentences, defaults with
        {
            Epochs = options.Get("epochs", defaults.Epochs),
            LexiconFolds = options.Get("folds", defaults.LexiconFolds),
            DocumentPass = options.Get("passes", 2) == 2,
            OutsideBias = float.Parse(options.Get("outside-bias", defaults.OutsideBias.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture),
            DocumentSentences = options.Get("doc", defaults.DocumentSentences),
            MinFeatureCount = options.Get("min-count", defaults.MinFeatureCount),
            Clusters = clusters,
            Ensemble = options.Get("ensemble", defaults.Ensemble),
            Seed = options.Get("seed", defaults.Seed),
            ExtraNames = [.. GazetteerNames.Read(options.Get("gazetteers", DefaultGazetteers)), .. NerLexicon.EmbeddedRecognizerNames()],
            Progress = (epoch, errors) =>
                Console.WriteLine($"epoch {epoch,2}: {errors} of {sentences.Count} sentences wrong  ({clock.Elapsed.TotalSeconds:F1} s)"),
        });
        // Provenance: what the model was trained on and how, and how it scores on the test split (tagger alone).
        var trainPath = options.Get("train", DefaultTrain);
        double? testF1 = null;
        var testPath = options.Get("test", DefaultTest);
        if (File.Exists(testPath))
        {
            var test = BioCorpus.Read(testPath);
            var tagger = new NerTagger(model);
            var size = Math.Max(1, model.DocumentSentences);
            var predicted = test.Chunk(size).SelectMany(d => tagger.TagDocument(d.Select(s => s.Tokens).ToArray())).ToList();
            testF1 = NerEvaluation.Score(test.Select((s, i) => (s.Tags, predicted[i]))).Overall.F1;
            Console.WriteLine($"test micro F1 {testF1:F4}");
        }
        model = model.WithProvenance(new NerProvenance(
            NerProvenance.FileSha256(trainPath), NerProvenance.EmbeddedLexiconSha256(), clusters.Fingerprint,
            $"epochs={options.Get("epochs", defaults.Epochs)} folds={options.Get("folds", defaults.LexiconFolds)} passes={options.Get("passes", 2)} " +
            $"outside-bias={options.Get("outside-bias", defaults.OutsideBias.ToString(System.Globalization.CultureInfo.InvariantCulture))} " +
            $"doc={options.Get("doc", defaults.DocumentSentences)} min-count={options.Get("min-count", defaults.MinFeatureCount)} ensemble={options.Get("ensemble", defaults.Ensemble)} seed={options.Get("seed", defaults.Seed)}",
            GitCommit(), testF1));
        using (var file = File.Create(output)) model.Save(file);
        Console.WriteLine($"{model.FeatureCount:N0} features, {new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB → {output} in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static string GitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, UseShellExecute = false });
            var commit = git?.StandardOutput.ReadToEnd().Trim() ?? "";
            git?.WaitForExit();
            return commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    public static int Evaluate(Options options)
    {
        IReadOnlyList<BioSentence> sentences = BioCorpus.Read(options.Get("test", DefaultTest));
        var modelPath = options.Get("model", "");
        // --clusters PATH: the word-class table a candidate model was trained with, when it is not the embedded one yet.
        WordClusters? clusters = null;
        if (options.Get("clusters", "") is { Length: > 0 } clustersPath)
            using (var file = File.OpenRead(clustersPath)) clusters = WordClusters.Load(file);
        var tagger = modelPath.Length == 0 ? NerTagger.Default : new NerTagger(NerModel.Load(modelPath, clusters));
        if (options.Get("confidence-scale", "") is { Length: > 0 } scale)
            tagger = new NerTagger(tagger.Model.WithConfidenceScale(float.Parse(scale, System.Globalization.CultureInfo.InvariantCulture)));
        if (options.Get("outside-bias", "") is { Length: > 0 } bias)
            tagger = new NerTagger(tagger.Model.WithOutsideBias(float.Parse(bias, System.Globalization.CultureInfo.InvariantCulture)));
        var clock = Stopwatch.StartNew();
        // ANERcorp marks no article breaks: runs of consecutive sentences stand in for documents.
        var size = Math.Max(1, tagger.Model.DocumentSentences);
        // --half even|odd keeps every other document (0, 2, 4… or 1, 3, 5…): choose variants on one half, report the other.
        sentences = Half(sentences, size, options.Get("half", ""));
        var predicted = sentences.Chunk(size).SelectMany(d => tagger.TagDocument(d.Select(s => s.Tokens).ToArray())).ToList();
        var scores = NerEvaluation.Score(sentences.Select((s, i) => (s.Tags, predicted[i])));
        var elapsed = clock.Elapsed;
        if (options.Get("calibration", 0) == 1) PrintCalibration(tagger, sentences, size);
        var shown = options.Get("errors", 0);
        foreach (var s in sentences)
        {
            if (shown <= 0) break;
            var tags = tagger.Tag(s.Tokens);
            if (tags.SequenceEqual(s.Tags)) continue;
            shown--;
            Console.WriteLine(string.Join(' ', s.Tokens.Select((t, i) =>
                s.Tags[i] == tags[i] ? (s.Tags[i] == "O" ? t : $"{t}/{s.Tags[i]}") : $"[{t} {s.Tags[i]}≠{tags[i]}]")));
        }

        Console.WriteLine("Tagger alone (documents of consecutive sentences):");
        PrintScores(scores);
        Console.WriteLine($"{sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Count):N0} tokens tagged in {elapsed.TotalSeconds:F2} s");
        if (options.Get("pipeline", 1) == 0) return 0;

        // Through the whole default pipeline, each sentence an article: names only, GPE as LOC (PipelineNerEvaluation).
        clock.Restart();
        // --min-confidence / --single-confidence try other thresholds for the tagger's spans inside the pipeline; --model
        // puts the model given in the pipeline too (the default pipeline reads the model embedded in Marsad.dll).
        var pipeline = options.Get("min-confidence", "") is { Length: > 0 } || options.Get("single-confidence", "") is { Length: > 0 } || modelPath.Length > 0
            ? new Marsad.Pipeline.PipelineBuilder().UseText().UseTime().UseEntities(new Marsad.Entities.EntityRecognizer(Marsad.Entities.Gazetteer.EntityGazetteer.Default,
                new Marsad.Entities.NerModelTagger(tagger,
                    double.Parse(options.Get("min-confidence", Marsad.Entities.NerModelTagger.DefaultMinimumConfidence.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture),
                    double.Parse(options.Get("single-confidence", Marsad.Entities.NerModelTagger.DefaultSingleWordConfidence.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture)))).Build()
            : Marsad.Analysis.MarsadPipeline.Default;
        // The same documents the tagger alone reads, each one article of one paragraph per sentence.
        var documents = Enumerable.Range(0, (sentences.Count + size - 1) / size)
            .Select(d => sentences.Skip(d * size).Take(size).ToArray()).ToArray();
        var names = new IReadOnlyList<PipelineName>[documents.Length][];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = options.Get("threads", Environment.ProcessorCount) },
            d => names[d] = PipelineNerEvaluation.Names(pipeline, documents[d]));
        var pipelineNames = names.SelectMany(d => d).ToArray();
        var throughPipeline = pipelineNames.Select((n, k) => PipelineNerEvaluation.Tags(sentences[k].Tokens.Count, n)).ToArray();
        var pipelineScores = NerEvaluation.Score(sentences.Select((s, i) => (s.Tags, (IReadOnlyList<string>)throughPipeline[i])));
        Console.WriteLine($"Through the pipeline (documents of {size} consecutive sentences as articles; names only, GPE as LOC):");
        PrintScores(pipelineScores);
        var withoutMisc = NerEvaluation.Score(sentences.Select((s, i) =>
            ((IReadOnlyList<string>)s.Tags.Select(t => t.EndsWith("MISC", StringComparison.Ordinal) ? "O" : t).ToArray(), (IReadOnlyList<string>)throughPipeline[i].Select(t => t.EndsWith("MISC", StringComparison.Ordinal) ? "O" : t).ToArray())));
        Console.WriteLine($"PER+ORG+LOC only: P {withoutMisc.Overall.Precision:F4}  R {withoutMisc.Overall.Recall:F4}  F1 {withoutMisc.Overall.F1:F4}");
        // Both halves from the one run (each document is tagged and analysed alone, so a half's figures are those
        // --half gives): a retrained model is compared on even, odd and all in one pass.
        if (options.Get("half", "").Length == 0)
            foreach (var (half, parity) in new[] { ("even", 0), ("odd", 1) })
            {
                var inHalf = Enumerable.Range(0, sentences.Count).Where(k => k / size % 2 == parity).ToArray();
                var taggerHalf = NerEvaluation.Score(inHalf.Select(k => (sentences[k].Tags, predicted[k]))).Overall.F1;
                var pipelineHalf = NerEvaluation.Score(inHalf.Select(k => (sentences[k].Tags, (IReadOnlyList<string>)throughPipeline[k]))).Overall.F1;
                Console.WriteLine($"--half {half}: tagger F1 {taggerHalf:F4}, pipeline F1 {pipelineHalf:F4}");
            }
        Console.WriteLine($"{sentences.Count} sentences analysed in {clock.Elapsed.TotalSeconds:F2} s");
        var kept = new NerModelTagger(tagger);
        var taggerInPipeline = documents.SelectMany(d => kept.Tag([.. d.Select(s => s.Tokens)])
            .Select(spans => (IReadOnlyList<EntitySpan>)[.. spans.Select(t => new EntitySpan(t.Start, t.End, t.Type.ToString()))])).ToArray();
        NerPipelineLosses.Print(sentences, predicted, pipelineNames, taggerInPipeline, options.Get("loss-examples", ""));
        if (options.Get("sentence-articles", 1) == 1)
        {
            // The figure issue #9 first gave: every sentence an article of its own, without its neighbours.
            var alone = new string[sentences.Count][];
            Parallel.For(0, sentences.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Get("threads", Environment.ProcessorCount) },
                k => alone[k] = PipelineNerEvaluation.Tag(pipeline, sentences[k]));
            var aloneScores = NerEvaluation.Score(sentences.Select((s, i) => (s.Tags, (IReadOnlyList<string>)alone[i])));
            Console.WriteLine("Through the pipeline, each sentence an article of its own:");
            PrintScores(aloneScores);
        }
        var missed = options.Get("pipeline-errors", 0);
        for (var k = 0; k < sentences.Count && missed > 0; k++)
        {
            var gold = NerEvaluation.Spans(sentences[k].Tags).Where(g => g.Type != "MISC").ToHashSet();
            var got = NerEvaluation.Spans(throughPipeline[k]).ToHashSet();
            if (gold.SetEquals(got)) continue;
            missed--;
            var tokens = sentences[k].Tokens;
            string Show(EntitySpan e) => $"{string.Join(' ', tokens.Skip(e.Start).Take(e.End - e.Start))}/{e.Type}";
            Console.WriteLine($"missed: {string.Join(" ; ", gold.Except(got).Select(Show))}   extra: {string.Join(" ; ", got.Except(gold).Select(Show))}");
        }
        return 0;
    }

    private static IReadOnlyList<BioSentence> Half(IReadOnlyList<BioSentence> sentences, int size, string half) => half switch
    {
        "" => sentences,
        "even" or "odd" => [.. sentences.Chunk(size).Where((_, d) => d % 2 == (half == "even" ? 0 : 1)).SelectMany(d => d)],
        _ => throw new ArgumentException($"MARSAD-T002 --half is 'even' or 'odd', not '{half}'."),
    };

    private static void PrintScores(NerScores scores)
    {
        var table = new Table().AddColumns("type", "gold", "predicted", "correct", "precision", "recall", "F1");
        foreach (var (type, c) in scores.ByType) table.AddRow(Row(type, c));
        table.AddRow(Row("[bold]micro[/]", scores.Overall));
        AnsiConsole.Write(table);
    }

    // How often a recognized span is exactly right, by confidence band: confidence should rise with precision.
    private static void PrintCalibration(NerTagger tagger, IReadOnlyList<BioSentence> sentences, int size)
    {
        var bands = new (int Right, int All)[5];
        foreach (var document in sentences.Chunk(size))
        {
            var recognized = tagger.RecognizeDocument(document.Select(s => s.Tokens).ToArray());
            for (var s = 0; s < document.Length; s++)
            {
                var gold = NerEvaluation.Spans(document[s].Tags).ToHashSet();
                foreach (var (start, end, type, confidence) in recognized[s])
                {
                    var band = Math.Min(4, (int)(confidence * 5));
                    bands[band] = (bands[band].Right + (gold.Contains(new EntitySpan(start, end, type)) ? 1 : 0), bands[band].All + 1);
                }
            }
        }
        var table = new Table().AddColumns("confidence", "spans", "precision");
        for (var b = 0; b < 5; b++)
            table.AddRow($"{b / 5.0:F1}–{(b + 1) / 5.0:F1}", bands[b].All.ToString(), bands[b].All == 0 ? "-" : $"{(double)bands[b].Right / bands[b].All:F3}");
        AnsiConsole.Write(table);
    }

    private static string[] Row(string name, NerCounts c) =>
        [name, c.Gold.ToString(), c.Predicted.ToString(), c.Correct.ToString(), $"{c.Precision:F4}", $"{c.Recall:F4}", $"{c.F1:F4}"];
}
