using Marsad.Pipeline;

namespace Marsad.Time;

public static class TimePipelineExtensions
{
    /// <summary>Adds the time step: article dating and time expressions (layers "publication" and "times").</summary>
    public static PipelineBuilder UseTime(this PipelineBuilder builder, TimeOptions? options = null) =>
        builder.Add(new TimeAnnotator(options));
}
