using Marsad.Pipeline;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Text;

public static class TextPipelineExtensions
{
    /// <summary>Adds the text core in its only working order: normalize, tokenize, split sentences, analyse words.</summary>
    public static PipelineBuilder UseText(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .Add(new NormalizationAnnotator())
            .Add(new TokenizationAnnotator())
            .Add(new SentenceAnnotator())
            .Add(new MorphologyAnnotator());
    }
}
