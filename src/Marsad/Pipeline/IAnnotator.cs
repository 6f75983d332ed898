using Marsad.Documents;

namespace Marsad.Pipeline;

/// <summary>
/// One step of the analysis. It reads the layers it <see cref="Requires"/>, uses the layers it <see cref="Reads"/> when
/// an earlier step produced them, and sets the layers it <see cref="Produces"/>; the pipeline builder checks those
/// declarations before anything runs. Implementations must be thread-safe: one pipeline instance serves every thread.
/// </summary>
public interface IAnnotator
{
    string Name { get; }

    IReadOnlyList<Layer> Requires { get; }

    /// <summary>
    /// Layers this step uses when present and does without otherwise (entities read the publication date the time step
    /// sets). A pipeline may leave their producer out, but must not place it after this step: that would silently
    /// change results, so the builder refuses it (MARSAD-P002).
    /// </summary>
    IReadOnlyList<Layer> Reads => [];

    IReadOnlyList<Layer> Produces { get; }

    void Annotate(Document document);
}
