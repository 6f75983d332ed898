using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Text.Morphology;

/// <summary>Sets <see cref="TextLayers.Words"/>: one <see cref="CliticSegmenter"/> analysis per word token, null elsewhere.</summary>
public sealed class MorphologyAnnotator : IAnnotator
{
    public string Name => "morphology";

    public IReadOnlyList<Layer> Requires { get; } = [TextLayers.Tokens];

    public IReadOnlyList<Layer> Produces { get; } = [TextLayers.Words];

    public void Annotate(Document document)
    {
        var tokens = document.Get(TextLayers.Tokens);
        var words = new WordAnalysis?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) words[i] = CliticSegmenter.Analyze(tokens[i]);
        document.Set<IReadOnlyList<WordAnalysis?>>(TextLayers.Words, words);
    }
}
