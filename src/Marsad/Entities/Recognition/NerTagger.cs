namespace Marsad.Entities.Recognition;

/// <summary>
/// Tags tokens with PER, ORG, LOC and MISC entities using a trained <see cref="NerModel"/>.
/// Tokens are surface strings split the way ANERcorp splits them: punctuation apart from words,
/// clitics left attached (لإسرائيل is one token). Thread-safe.
/// </summary>
public sealed class NerTagger(NerModel model)
{
    public const string ModelResource = "Marsad.Resources.Entities.ner.model.gz";

    private static readonly Lazy<NerTagger> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The tagger of the model shipped inside the assembly, loaded on first use.</summary>
    public static NerTagger Default => s_default.Value;

    public NerModel Model { get; } = model;

    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0) return [];
        var tags = Model.Decode(NerFeatures.Extract(tokens, Model.Lexicon));
        return tags.Select(t => NerTags.All[t]).ToArray();
    }

    /// <summary>
    /// Entity spans over token indices, half-open. Confidence squashes to 0..1 the smallest, over the span's
    /// tokens, of the margin between the best path and the best path giving that token another tag.
    /// </summary>
    public IReadOnlyList<(int Start, int End, string Type, double Confidence)> Recognize(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0) return [];
        var n = tokens.Count;
        var emit = Model.Emissions(NerFeatures.Extract(tokens, Model.Lexicon));
        var tags = Model.Decode(emit, n);
        var marginals = Model.MaxMarginals(emit, n);
        var spans = new List<(int, int, string, double)>();
        foreach (var span in NerEvaluation.Spans(tags.Select(t => NerTags.All[t]).ToArray()))
        {
            var margin = double.PositiveInfinity;
            for (var i = span.Start; i < span.End; i++) margin = Math.Min(margin, Margin(marginals, i, tags[i]));
            // A span also depends on where it stops: a next token that nearly joined it lowers confidence.
            if (span.End < n) margin = Math.Min(margin, Margin(marginals, span.End, tags[span.End]));
            spans.Add((span.Start, span.End, span.Type, Math.Tanh(margin / Model.ConfidenceScale)));
        }
        return spans;
    }

    private static double Margin(double[] marginals, int i, int chosen)
    {
        var T = NerTags.Count;
        var best = marginals[i * T + chosen];
        var second = double.NegativeInfinity;
        for (var y = 0; y < T; y++)
            if (y != chosen && marginals[i * T + y] > second) second = marginals[i * T + y];
        return double.IsNegativeInfinity(second) ? double.PositiveInfinity : Math.Max(0, best - second);
    }

    private static NerTagger LoadDefault()
    {
        using var stream = EmbeddedData.Open(ModelResource)
            ?? throw new InvalidOperationException(
                $"MARSAD-N007 The embedded NER model {ModelResource} is missing; run `dotnet run --project tools/Marsad.Train -- train-ner` and rebuild src/Marsad.");
        return new NerTagger(NerModel.Load(stream));
    }
}
