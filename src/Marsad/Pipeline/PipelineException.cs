namespace Marsad.Pipeline;

public sealed class PipelineException(string message) : Exception(message);
