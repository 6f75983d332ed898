using Marsad.Entities.Recognition;
using Marsad.Tests.Support;

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

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
