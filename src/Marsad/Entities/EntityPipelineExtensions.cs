using Marsad.Pipeline;

namespace Marsad.Entities;

public static class EntityPipelineExtensions
{
    /// <summary>Adds entity recognition and linking; needs the text steps (tokens, sentences) before it.</summary>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder, EntityRecognizer? recognizer = null) =>
        builder.Add(new EntityAnnotator(recognizer ?? EntityRecognizer.Default));
}
