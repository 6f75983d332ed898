using Marsad.Documents;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Text;

/// <summary>The layers the text core produces.</summary>
public static class TextLayers
{
    public static readonly Layer<NormalizedText> Normalized = new("normalized");
    public static readonly Layer<IReadOnlyList<Token>> Tokens = new("tokens");
    public static readonly Layer<IReadOnlyList<Sentence>> Sentences = new("sentences");

    /// <summary>One analysis per token index; null for tokens that are not words.</summary>
    public static readonly Layer<IReadOnlyList<WordAnalysis?>> Words = new("words");
}
