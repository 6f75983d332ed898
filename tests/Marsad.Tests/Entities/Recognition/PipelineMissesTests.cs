using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities.Recognition;

public sealed class PipelineMissesTests
{
    [Fact]
    public void EachMissedGoldNameGetsTheCauseTheSpansShow()
    {
        EntitySpan[] gold =
        [
            new(0, 2, "PER"), // found: no miss
            new(3, 4, "ORG"), // pipeline has LOC there
            new(5, 7, "PER"), // pipeline has 5..6
            new(8, 9, "PER"), // tagger had it, pipeline nothing
            new(10, 11, "LOC"), // tagger had it under the threshold
            new(12, 13, "ORG"), // nobody
        ];
        EntitySpan[] pipeline = [new(0, 2, "PER"), new(3, 4, "LOC"), new(5, 6, "PER")];
        EntitySpan[] kept = [new(8, 9, "PER")];
        EntitySpan[] all = [new(8, 9, "PER"), new(10, 11, "LOC")];

        var causes = PipelineMisses.Classify(gold, pipeline, kept, all).ToList();

        Assert.Equal(
        [
            (new EntitySpan(3, 4, "ORG"), PipelineMissCause.TypeDiffers),
            (new EntitySpan(5, 7, "PER"), PipelineMissCause.SpanDiffers),
            (new EntitySpan(8, 9, "PER"), PipelineMissCause.LinkerDropped),
            (new EntitySpan(10, 11, "LOC"), PipelineMissCause.BelowThreshold),
            (new EntitySpan(12, 13, "ORG"), PipelineMissCause.TaggerMissed),
        ], causes);
    }
}
