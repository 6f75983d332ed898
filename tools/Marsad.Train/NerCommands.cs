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

    public static int Train(Options options)
    {
        var defaults = new NerTrainingOptions();
        var sentences = BioCorpus.Read(options.Get("train", DefaultTrain));
        var output = options.Get("out", DefaultModel);
        var clock = Stopwatch.StartNew();
        var model = NerTrainer.Train(sentences, defaults with
        {
            Epochs = options.Get("epochs", defaults.Epochs),
            LexiconFolds = options.Get("folds", defaults.LexiconFolds),
            DocumentPass = options.Get("passes", 2) == 2,
            OutsideBias = float.Parse(options.Get("outside-bias", defaults.OutsideBias.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture),
            DocumentSentences = options.Get("doc", defaults.DocumentSentences),
            MinFeatureCount = options.Get("min-count", defaults.MinFeatureCount),
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
        if (options.Get("outside-bias", "") is { Length: > 0 } bias)
            tagger = new NerTagger(tagger.Model.WithOutsideBias(float.Parse(bias, System.Globalization.CultureInfo.InvariantCulture)));
        var clock = Stopwatch.StartNew();
        // ANERcorp marks no article breaks: runs of consecutive sentences stand in for documents.
        var size = Math.Max(1, tagger.Model.DocumentSentences);
        var predicted = sentences.Chunk(size).SelectMany(d => tagger.TagDocument(d.Select(s => s.Tokens).ToArray())).ToList();
        var scores = NerEvaluation.Score(sentences.Select((s, i) => (s.Tags, predicted[i])));
        var elapsed = clock.Elapsed;
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

    private static string[] Row(string name, NerCounts c) =>
        [name, c.Gold.ToString(), c.Predicted.ToString(), c.Correct.ToString(), $"{c.Precision:F4}", $"{c.Recall:F4}", $"{c.F1:F4}"];
}
