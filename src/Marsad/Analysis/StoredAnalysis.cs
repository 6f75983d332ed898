using System.Text.Json;
using Marsad.Documents;

namespace Marsad.Analysis;

/// <summary>
/// An article's analysis as the store keeps it: which pipeline made it and when, the publication date it settled on,
/// and each step's stored JSON properties (<c>Layers</c>: an object keyed by step name).
/// </summary>
public sealed record StoredAnalysis(string ArticleId, string Pipeline, DateTimeOffset AnalyzedAt, PublicationDate Publication, JsonElement Layers)
{
    /// <summary>The properties the step <paramref name="step"/> stored, or null when it stored none (it was absent from the pipeline).</summary>
    public JsonElement? For(string step) => Layers.TryGetProperty(step, out var value) ? value : null;
}
