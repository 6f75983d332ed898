using System.Text.Json;
using Marsad.Documents;

namespace Marsad.Pipeline;

/// <summary>
/// An annotator that adds its layer to the article object of <c>marsad analyze --json</c>.
/// It writes whole properties (name then value) into the open article object.
/// </summary>
public interface IJsonContributor
{
    void WriteJson(Document document, Utf8JsonWriter writer);

    /// <summary>
    /// Whether these properties are kept with the stored analysis, so <c>marsad show</c> prints what the analysis found
    /// rather than analysing again. Layers that are cheap and deterministic to recompute from the text (sentences and
    /// tokens, ten times the size of everything else) say false and are recomputed on read.
    /// </summary>
    bool StoredWithAnalysis => true;
}
