using Marsad.Pipeline;

namespace Marsad.Events;

public static class EventPipelineExtensions
{
    /// <summary>Adds PLOVER event coding and cyber incidents; needs tokens, sentences and entities before it, and reads time and quotes when they run earlier.</summary>
    public static PipelineBuilder UseEvents(this PipelineBuilder builder, EventCoder? coder = null) =>
        builder.Add(new EventAnnotator(coder ?? EventCoder.Default));
}
