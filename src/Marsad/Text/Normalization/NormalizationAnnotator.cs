using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Text.Normalization;

/// <summary>Sets <see cref="TextLayers.Normalized"/>: the article text cleaned by <see cref="ArabicNormalizer"/>, with its offset map.</summary>
public sealed class NormalizationAnnotator : IAnnotator
{
    public string Name => "normalization";

    public IReadOnlyList<Layer> Requires { get; } = [];

    public IReadOnlyList<Layer> Produces { get; } = [TextLayers.Normalized];

    public void Annotate(Document document) =>
        document.Set(TextLayers.Normalized, ArabicNormalizer.Normalize(document.Text));
}
