using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities.Recognition;

public sealed class NerEvaluationTests
{
    [Fact]
    public void SpansAreHalfOpenAndTyped()
    {
        string[] tags = ["O", "B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"];
        Assert.Equal(
            [new EntitySpan(1, 3, "PER"), new EntitySpan(4, 5, "LOC"), new EntitySpan(5, 7, "LOC")],
            NerEvaluation.Spans(tags));
    }

    [Fact]
    public void InsideTagWithoutBeginningOpensASpanAsConllevalDoes()
    {
        string[] tags = ["I-ORG", "I-ORG", "I-PER", "O", "I-MISC"];
        Assert.Equal(
            [new EntitySpan(0, 2, "ORG"), new EntitySpan(2, 3, "PER"), new EntitySpan(4, 5, "MISC")],
            NerEvaluation.Spans(tags));
    }

    [Fact]
    public void OnlyExactSpansCountAsCorrect()
    {
        // Gold: محمود عباس (PER), رام الله (LOC), حركة فتح (ORG).
        string[] gold = ["قال", "B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "B-ORG", "I-ORG"];
        gold[0] = "O";
        // Predicted: the person right, the city cut short, the movement right, plus a spurious LOC.
        string[] predicted = ["B-LOC", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG"];

        var scores = NerEvaluation.Score([(gold, predicted)]);

        Assert.Equal(new NerCounts(1, 1, 1), scores.ByType["PER"]);
        Assert.Equal(new NerCounts(1, 2, 0), scores.ByType["LOC"]);
        Assert.Equal(new NerCounts(1, 1, 1), scores.ByType["ORG"]);
        Assert.Equal(new NerCounts(3, 4, 2), scores.Overall);
        Assert.Equal(0.5, scores.Overall.Precision, 10);
        Assert.Equal(2.0 / 3, scores.Overall.Recall, 10);
        Assert.Equal(4.0 / 7, scores.Overall.F1, 10);
        Assert.Equal(0.0, scores.ByType["LOC"].F1);
    }

    [Fact]
    public void CorpusReaderSplitsSentencesOnBlankLines()
    {
        var corpus = BioCorpus.Parse(["زار\tO", "الملك\tO", "عمان\tB-LOC", "", "", "وصل\tO", "بوش\tB-PER"]);
        Assert.Equal(2, corpus.Count);
        Assert.Equal(["زار", "الملك", "عمان"], corpus[0].Tokens);
        Assert.Equal(["O", "B-PER"], corpus[1].Tags);
    }
}
