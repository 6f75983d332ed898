namespace Marsad.Entities.Recognition;

/// <summary>Why the pipeline did not give a gold name exactly (see <see cref="PipelineMisses"/>).</summary>
public enum PipelineMissCause
{
    /// <summary>The pipeline has the same tokens with another type.</summary>
    TypeDiffers,

    /// <summary>The pipeline has a name overlapping the gold one with other bounds.</summary>
    SpanDiffers,

    /// <summary>The tagger found it exactly (above the pipeline's thresholds) and the linker left nothing there.</summary>
    LinkerDropped,

    /// <summary>The tagger found it exactly but under the pipeline's confidence thresholds, and no rule did.</summary>
    BelowThreshold,

    /// <summary>Neither the tagger nor a rule found anything there.</summary>
    TaggerMissed,
}
