using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Text.Tokenization;

/// <summary>Sets <see cref="TextLayers.Tokens"/> by <see cref="Tokenizer"/> over the normalized text.</summary>
public sealed class TokenizationAnnotator : IAnnotator
{
    public string Name => "tokenization";

    public IReadOnlyList<Layer> Requires { get; } = [TextLayers.Normalized];

    public IReadOnlyList<Layer> Produces { get; } = [TextLayers.Tokens];

    public void Annotate(Document document) =>
        document.Set(TextLayers.Tokens, Tokenizer.Tokenize(document.Get(TextLayers.Normalized)));
}
