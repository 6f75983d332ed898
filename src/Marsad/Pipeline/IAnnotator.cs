using Marsad.Documents;

namespace Marsad.Pipeline;

/// <summary>
/// One step of the analysis. It reads the layers it <see cref="Requires"/> and sets the layers it
/// <see cref="Produces"/>; the pipeline builder checks those declarations before anything runs.
/// Implementations must be thread-safe: one pipeline instance serves every thread.
/// </summary>
public interface IAnnotator
{
    string Name { get; }

    IReadOnlyList<Layer> Requires { get; }

    IReadOnlyList<Layer> Produces { get; }

    void Annotate(Document document);
}
