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
}
