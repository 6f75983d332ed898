using Marsad.Entities.Recognition;
using Marsad.Text.Normalization;

namespace Marsad.Tests.Entities.Recognition;

public sealed class WordClustersTests
{
    private const string Table = "# test table\n# word\tc4\tc16\ta\nعباس\t1\t7\ta0\nالقاهره\t2\t9\ta4\n";

    [Fact]
    public void ParseReadsTheClassesOfEachWordAndSkipsComments()
    {
        var clusters = WordClusters.Parse(new StringReader(Table));

        Assert.Equal(2, clusters.Count);
        Assert.Equal(3, clusters.Levels);
        Assert.Equal(["1", "7", "a0"], clusters.Of("عباس")!);
        Assert.Null(clusters.Of("الخليل"));
    }

    [Fact]
    public void FingerprintChangesWithAnyClassButNotWithComments()
    {
        var original = WordClusters.Parse(new StringReader(Table)).Fingerprint;

        Assert.Equal(original, WordClusters.Parse(new StringReader("# another header\n" + Table)).Fingerprint);
        Assert.NotEqual(original, WordClusters.Parse(new StringReader(Table.Replace("\t9\t", "\t8\t"))).Fingerprint);
        Assert.NotEqual(0UL, original);
    }

    [Fact]
    public void LineWithoutClassIsRejectedWithItsCode()
    {
        var error = Assert.Throws<InvalidDataException>(() => WordClusters.Parse(new StringReader("عباس\n")));

        Assert.StartsWith("MARSAD-N008", error.Message);
    }

    [Fact]
    public void EmbeddedTablePutsCommonGivenNamesInOneFineCluster()
    {
        var clusters = WordClusters.Embedded;
        string[] names = ["محمد", "خالد", "أحمد"];

        var finest = names.Select(name => clusters.Of(MatchingKey.Of(name))![2]).Distinct().ToList();

        Assert.Single(finest);
        Assert.NotEqual(finest[0], clusters.Of(MatchingKey.Of("القاهرة"))![2]);
    }

    [Fact]
    public void EmbeddedSkipGramClassesPutCommonGivenNamesTogetherApartFromCapitals()
    {
        var clusters = WordClusters.Embedded;
        string[] names = ["محمد", "خالد", "أحمد"];

        // Columns c64 c256 c1024 a s f d128 d512: the last is the finer skip-gram partition.
        var dense = names.Select(name => clusters.Of(MatchingKey.Of(name))![7]).Distinct().ToList();

        Assert.Single(dense);
        Assert.StartsWith("d", dense[0]);
        Assert.NotEqual(dense[0], clusters.Of(MatchingKey.Of("القاهرة"))![7]);
    }

    [Fact]
    public void ModelTrainedWithOtherClustersThanTheEmbeddedOnesRefusesToLoad()
    {
        string[] tokens = ["وصل", "الرئيس", "عباس", "إلى", "القاهرة", "."];
        var sentences = Enumerable.Repeat(new BioSentence(tokens, ["O", "O", "B-PER", "O", "B-LOC", "O"]), 3).ToList();
        var clusters = WordClusters.Parse(new StringReader(Table));
        var model = NerTrainer.Train(sentences, new NerTrainingOptions { Epochs = 2, LexiconFolds = 1, MinFeatureCount = 1, DocumentPass = false, GivenNames = [], Clusters = clusters });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(stream));

        Assert.StartsWith("MARSAD-N007", error.Message);
    }

    [Fact]
    public void ModelTrainedWithOtherClustersLoadsWhenGivenTheTableItWasTrainedWith()
    {
        string[] tokens = ["استقبل", "الملك", "سلمان", "في", "الرياض", "وفدا", "."];
        var sentences = Enumerable.Repeat(new BioSentence(tokens, ["O", "O", "B-PER", "O", "B-LOC", "O", "O"]), 3).ToList();
        var clusters = WordClusters.Parse(new StringReader(Table));
        var model = NerTrainer.Train(sentences, new NerTrainingOptions { Epochs = 2, LexiconFolds = 1, MinFeatureCount = 1, DocumentPass = false, GivenNames = [], Clusters = clusters });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = NerModel.Load(stream, clusters);

        Assert.Same(clusters, loaded.Lexicon.Clusters);
        Assert.Equal(["O", "O", "B-PER", "O", "B-LOC", "O", "O"], new NerTagger(loaded).Tag(tokens));
    }
}
