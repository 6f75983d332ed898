using Marsad.Entities.Recognition;
using Marsad.Tests.Support;

namespace Marsad.Tests.Entities.Recognition;

public sealed class NerTaggerTests
{
    // Measured with `dotnet run -c Release --project tools/Marsad.Train -- eval-ner` for the shipped model.
    private const double ShippedMicroF1 = 0.7228;

    [Fact]
    public void ShippedModelFindsPersonAfterPresidentAndCityAfterMadina()
    {
        string[] tokens = ["قال", "الرئيس", "محمود", "عباس", "إن", "الوفد", "وصل", "إلى", "مدينة", "الخليل", "صباح", "أمس", "."];

        var tags = NerTagger.Default.Tag(tokens);

        Assert.Equal(["O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-LOC", "O", "O", "O"], tags);
    }

    [Fact]
    public void RecognizeReturnsHalfOpenSpansWithConfidenceBetweenHalfAndOne()
    {
        string[] tokens = ["قال", "الرئيس", "محمود", "عباس", "إن", "الوفد", "وصل", "إلى", "مدينة", "الخليل", "صباح", "أمس", "."];

        var spans = NerTagger.Default.Recognize(tokens);

        Assert.Equal([(2, 4, "PER"), (9, 10, "LOC")], spans.Select(s => (s.Start, s.End, s.Type)));
        Assert.All(spans, s => Assert.InRange(s.Confidence, 0.5, 1.0));
    }

    [Fact]
    public void SecondPassRecognizesANameAloneOnceTheArticleIntroducedIt()
    {
        IReadOnlyList<string>[] article =
        [
            ["وصل", "الرئيس", "الفنلندي", "ساولي", "نينيستو", "إلى", "القاهرة", "أمس", "."],
            ["وأجرى", "نينيستو", "محادثات", "مطولة", "."],
        ];

        var tags = NerTagger.Default.TagDocument(article);

        Assert.Equal(["O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"], tags[0]);
        Assert.Equal("B-PER", tags[1][1]);
    }

    [Fact]
    public void EmptyInputHasNoTags()
    {
        Assert.Empty(NerTagger.Default.Tag([]));
        Assert.Empty(NerTagger.Default.Recognize([]));
    }

    [Fact]
    public void ShippedModelKeepsItsMeasuredScoreOnAnercorpTest()
    {
        var test = BioCorpus.Read(SharedData.RequireFile("data/anercorp/test.bio"));

        // As eval-ner does: runs of consecutive sentences stand in for the articles ANERcorp does not mark.
        var tagger = NerTagger.Default;
        var predicted = test.Chunk(tagger.Model.DocumentSentences)
            .SelectMany(d => tagger.TagDocument(d.Select(s => s.Tokens).ToArray())).ToList();
        var scores = NerEvaluation.Score(test.Select((s, i) => (s.Tags, predicted[i])));

        Assert.True(scores.Overall.F1 >= ShippedMicroF1 - 0.005, $"micro F1 {scores.Overall.F1:F4} fell below {ShippedMicroF1 - 0.005:F4}");
    }
}
