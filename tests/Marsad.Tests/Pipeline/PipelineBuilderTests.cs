using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void AStepPlacedAfterOneThatOptionallyReadsItsLayerFailsTheBuildWithP002()
    {
        // Entities read the publication date when the time step set it: time after entities would silently date nothing.
        var builder = new PipelineBuilder().UseText().UseEntities().UseTime();

        var error = Assert.Throws<PipelineException>(() => builder.Build());

        Assert.StartsWith("MARSAD-P002 Annotator 'entities' reads layer 'publication' when present, but 'time', which produces it, comes after it: " +
                          "move 'time' before 'entities'.", error.Message);
    }

    [Fact]
    public void AnOptionalLayerWhoseProducerIsLeftOutIsAllowed()
    {
        var pipeline = new PipelineBuilder().UseText().UseEntities().Build();

        Assert.Equal(["normalization", "tokenization", "sentences", "morphology", "entities"], pipeline.Annotators.Select(a => a.Name));
    }

    [Fact]
    public void TheVersionNamesTheStepsSoAnotherCompositionHasAnother()
    {
        var full = new PipelineBuilder().UseText().UseTime().UseEntities().Build();
        var same = new PipelineBuilder().UseText().UseTime().UseEntities().Build();
        var textOnly = new PipelineBuilder().UseText().Build();

        Assert.Equal(16, full.Version.Length);
        Assert.Equal(full.Version, same.Version);
        Assert.NotEqual(full.Version, textOnly.Version);
    }

    [Fact]
    public void RunUnstoredRunsOnlyTheTextStepsWhoseResultsAreNotKept()
    {
        var pipeline = new PipelineBuilder().UseText().UseTime().UseEntities().Build();

        var document = pipeline.RunUnstored(new Marsad.Documents.Article { Id = "a", Text = "زار الرئيس التونسي الجزائر أمس." });

        Assert.True(document.Has(TextLayers.Sentences));
        Assert.True(document.Has(TextLayers.Words));
        Assert.False(document.Has(TimeLayers.Times));
        Assert.False(document.Has(EntityLayers.Entities));
    }
}
