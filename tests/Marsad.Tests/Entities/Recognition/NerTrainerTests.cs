using Marsad.Entities.Recognition;
using Marsad.Tests.Support;
using Marsad.Text.Normalization;

namespace Marsad.Tests.Entities.Recognition;

public sealed class NerTrainerTests
{
    [Fact]
    public void TrainingTwiceOnTheSameDataWritesTheSameModelBytes()
    {
        var slice = BioCorpus.Read(SharedData.RequireFile("data/anercorp/train.bio")).Take(160).ToList();
        var options = new NerTrainingOptions { Epochs = 2, LexiconFolds = 2, StackFolds = 2, DocumentSentences = 10, GivenNames = [] };

        var first = Bytes(NerTrainer.Train(slice, options));
        var second = Bytes(NerTrainer.Train(slice, options));

        Assert.True(first.Length > 1000);
        Assert.Equal(first, second);
    }

    [Fact]
    public void SavedModelLoadsBackWithTheSameTags()
    {
        string[] first = ["وصل", "الرئيس", "سمير", "خليل", "إلى", "بيروت", "."];
        string[] second = ["استقبل", "الرئيس", "سمير", "خليل", "وفدا", "من", "بيروت", "."];
        var sentences = Enumerable.Repeat(new BioSentence(first, ["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]), 5)
            .Append(new BioSentence(second, ["O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]))
            .ToList();
        var model = NerTrainer.Train(sentences, new NerTrainingOptions { Epochs = 5, LexiconFolds = 1, MinFeatureCount = 1, DocumentPass = false });

        var reloaded = NerModel.Load(new MemoryStream(Bytes(model)));

        Assert.Equal(model.FeatureCount, reloaded.FeatureCount);
        Assert.Equal(new NerTagger(model).Tag(second), new NerTagger(reloaded).Tag(second));
        Assert.Equal(["O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"], new NerTagger(reloaded).Tag(second));
    }

    [Fact]
    public void SavedModelTriesAWordListedWithTwoTypesInTheOrderItWasTrainedWith()
    {
        // «الجزيرة» is the channel (ORG) first, then the Sudanese state (LOC): the lexicon tries ORG first, and a model
        // file that sorted names by type (LOC before ORG) read it as LOC once loaded, so the saved model tagged otherwise.
        var sentences = new List<BioSentence>
        {
            new(["قالت", "الجزيرة", "إن", "الوفد", "وصل", "."], ["O", "B-ORG", "O", "O", "O", "O"]),
            new(["أمطار", "غزيرة", "في", "الجزيرة", "."], ["O", "O", "O", "B-LOC", "O"]),
        };
        var model = NerTrainer.Train(sentences, new NerTrainingOptions { Epochs = 2, LexiconFolds = 1, MinFeatureCount = 1, DocumentPass = false, GivenNames = [] });
        string[] keys = [.. new[] { "ذكرت", "الجزيرة", "الخبر" }.Select(MatchingKey.Of)];

        var reloaded = NerModel.Load(new MemoryStream(Bytes(model)));

        Assert.Equal((IEnumerable<string?>)[null, "ORG-B1", null], model.Lexicon.MarkNames(keys, keys));
        Assert.Equal((IEnumerable<string?>)[null, "ORG-B1", null], reloaded.Lexicon.MarkNames(keys, keys));
    }

    [Fact]
    public void ModelReloadedFromItsFileRecognizesNewsExactlyAsTheModelTrainingBuilt()
    {
        // Both passes, the recognizer's own names beside the corpus's: every span and confidence of the reloaded model
        // is the trained one's, so the test F1 train-ner records is the one eval-ner measures on the file (a file that
        // rounded weights or dropped a feature would differ; the name-order loss is pinned by the test above, as this
        // slice happens to have no word it decides).
        var corpus = BioCorpus.Read(SharedData.RequireFile("data/anercorp/train.bio"));
        var options = new NerTrainingOptions
        {
            Epochs = 2, LexiconFolds = 2, StackFolds = 2, DocumentSentences = 10, ExtraNames = NerLexicon.EmbeddedRecognizerNames(),
        };
        var model = NerTrainer.Train(corpus.Take(200).ToList(), options);
        var unseen = corpus.Skip(200).Take(100).Select(s => s.Tokens).ToArray();

        var reloaded = NerModel.Load(new MemoryStream(Bytes(model)));

        var trained = unseen.Chunk(10).SelectMany(d => new NerTagger(model).RecognizeDocument(d)).ToList();
        var loaded = unseen.Chunk(10).SelectMany(d => new NerTagger(reloaded).RecognizeDocument(d)).ToList();
        Assert.True(trained.Sum(s => s.Count) > 20);
        Assert.Equal(trained.Select(s => s.ToList()), loaded.Select(s => s.ToList()));
    }

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
