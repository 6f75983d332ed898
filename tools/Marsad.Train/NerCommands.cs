using System.Diagnostics;
using Marsad.Entities.Recognition;
using Spectre.Console;

namespace Marsad.Train;

internal static class NerCommands
{
    private const string DefaultTrain = "../shared/data/anercorp/train.bio";
    private const string DefaultTest = "../shared/data/anercorp/test.bio";
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
            ExtraNames = [.. GazetteerNames.Read(options.Get("gazetteers", DefaultGazetteers)), .. NerLexicon.EmbeddedRecognizerNames()],
            Progress = (epoch, errors) =>
                Console.WriteLine($"epoch {epoch,2}: {errors} of {sentences.Count} sentences wrong  ({clock.Elapsed.TotalSeconds:F1} s)"),
        });
        using (var file = File.Create(output)) model.Save(file);
        Console.WriteLine($"{model.FeatureCount:N0} features, {new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB → {output} in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    public static int Evaluate(Options options)
    {
        var sentences = BioCorpus.Read(options.Get("test", DefaultTest));
        var modelPath = options.Get("model", "");
        var tagger = modelPath.Length == 0 ? NerTagger.Default : new NerTagger(NerModel.Load(modelPath));
        if (options.Get("confidence-scale", "") is { Length: > 0 } scale)
            tagger = new NerTagger(tagger.Model.WithConfidenceScale(float.Parse(scale, System.Globalization.CultureInfo.InvariantCulture)));
        if (options.Get("outside-bias", "") is { Length: > 0 } bias)
            tagger = new NerTagger(tagger.Model.WithOutsideBias(float.Parse(bias, System.Globalization.CultureInfo.InvariantCulture)));
        var clock = Stopwatch.StartNew();
        // ANERcorp marks no article breaks: runs of consecutive sentences stand in for documents.
        var size = Math.Max(1, tagger.Model.DocumentSentences);
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

        var table = new Table().AddColumns("type", "gold", "predicted", "correct", "precision", "recall", "F1");
        foreach (var (type, c) in scores.ByType) table.AddRow(Row(type, c));
        table.AddRow(Row("[bold]micro[/]", scores.Overall));
        AnsiConsole.Write(table);
        Console.WriteLine($"{sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Count):N0} tokens tagged in {elapsed.TotalSeconds:F2} s");
        return 0;
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
