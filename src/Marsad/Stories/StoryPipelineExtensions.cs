using Marsad.Pipeline;

namespace Marsad.Stories;

public static class StoryPipelineExtensions
{
    /// <summary>Adds duplicates, event clusters and story threads; after the steps whose results it reads (entities, events).</summary>
    public static PipelineBuilder UseStories(this PipelineBuilder builder, StoryOptions? options = null) =>
        builder.Add(new StoryAnnotator(options));
}
