using Marsad.Entities.Recognition;
using Marsad.Tests.Support;

namespace Marsad.Tests.Entities.Recognition;

/// <summary>The shipped model says what it was trained on, and that is what ships beside it.</summary>
public sealed class NerProvenanceTests
{
    private static NerProvenance Shipped =>
        NerTagger.Default.Model.Provenance ?? throw new Xunit.Sdk.XunitException("The shipped NER model has no provenance: retrain it with train-ner.");

    [Fact]
    public void TheShippedModelWasTrainedWithTheShippedLexiconAndClusters()
    {
        Assert.Equal(NerProvenance.EmbeddedLexiconSha256(), Shipped.LexiconSha256);
        Assert.Equal(WordClusters.Embedded.Fingerprint, Shipped.ClustersFingerprint);
        Assert.NotEqual("", Shipped.Options);
        Assert.NotNull(Shipped.TestMicroF1);
    }

    [Fact]
    public void TheShippedModelWasTrainedOnTheAnercorpTrainingSplit() =>
        Assert.Equal(NerProvenance.FileSha256(SharedData.RequireFile("data/anercorp/train.bio")), Shipped.TrainingDataSha256);

    [Fact]
    public void ProvenanceSurvivesSavingAndLoading()
    {
        var model = NerTagger.Default.Model.WithProvenance(new NerProvenance("aa", "bb", 7, "epochs=1", "abc1234", 0.5));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        Assert.Equal(new NerProvenance("aa", "bb", 7, "epochs=1", "abc1234", 0.5), NerModel.Load(stream).Provenance);
    }
}
