using Marsad.LanguageData;
namespace Marsad.Entities.Recognition;

/// <summary>
/// Tags tokens with PER, ORG, LOC and MISC entities using a trained <see cref="NerModel"/>.
/// Tokens are surface strings split the way ANERcorp splits them: punctuation apart from words,
/// clitics left attached (لإسرائيل is one token). Pass a whole article's sentences to the Document methods:
/// the second pass then uses how a name was tagged elsewhere in the article. Thread-safe.
/// </summary>
public sealed class NerTagger(NerModel model)
{
    public const string ModelFile = "ner.model.gz";

    private static readonly Lazy<NerTagger> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The tagger of the model shipped inside the assembly, loaded on first use.</summary>
    public static NerTagger Default => s_default.Value;

    public NerModel Model { get; } = model;

    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens) => TagDocument([tokens])[0];

    public IReadOnlyList<IReadOnlyList<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        Decode(sentences, static (tags, _, _, _) => (IReadOnlyList<string>)[.. tags.Select(t => NerTags.All[t])]);

    /// <summary>
    /// Entity spans over token indices, half-open. Confidence squashes to 0.5..1 the smallest, over the span's
    /// tokens and the token after it, of the margin between the best path and the best path giving that token
    /// another tag.
    /// </summary>
    public IReadOnlyList<(int Start, int End, string Type, double Confidence)> Recognize(IReadOnlyList<string> tokens) =>
        RecognizeDocument([tokens])[0];

    public IReadOnlyList<IReadOnlyList<(int Start, int End, string Type, double Confidence)>> RecognizeDocument(
        IReadOnlyList<IReadOnlyList<string>> sentences) =>
        Decode(sentences, Spans);

    /// <summary>
    /// What a caller makes of a sentence's final pass, called right after it is decoded, while <paramref name="work"/>
    /// still holds the scores its confidences are computed from.
    /// </summary>
    private delegate TResult Finish<TResult>(int[] tags, ReadOnlySpan<double> emit, NerModel model, DecoderWorkspace work);

    private TResult[] Decode<TResult>(IReadOnlyList<IReadOnlyList<string>> sentences, Finish<TResult> finish)
    {
        const int T = NerTags.Count;
        var forms = TaggerForms.For(Model);
        var work = DecoderWorkspace.Current;
        var second = Model.SecondPass;
        var result = new TResult[sentences.Count];
        var memory = new DocumentMemory.Sentence[sentences.Count];
        var views = new TaggerForms.Form[sentences.Count][];
        // The passes read the same joined features, so their rows are found once, for both.
        var joined = new JoinedRows[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            views[s] = forms.Views(sentences[s], out var keys, out var bases, out var names);
            joined[s] = forms.Join(views[s], names);
            var n = views[s].Length;
            var emit = work.Emissions(n * T);
            forms.Emissions(0, views[s], joined[s], recalled: null, emit);
            var tags = Model.Decode(emit.AsSpan(0, n * T), n, work);
            if (second is null) result[s] = finish(tags, emit.AsSpan(0, n * T), Model, work);
            memory[s] = new DocumentMemory.Sentence(keys, bases, tags);
        }
        if (second is null) return result;

        // Both passes are trained on the same corpus lexicon, so the first pass's forms serve again.
        var recalled = DocumentMemory.Features(memory);
        for (var s = 0; s < sentences.Count; s++)
        {
            var n = views[s].Length;
            var emit = work.Emissions(n * T);
            forms.Emissions(1, views[s], joined[s], recalled[s], emit);
            var tags = second.Decode(emit.AsSpan(0, n * T), n, work);
            result[s] = finish(tags, emit.AsSpan(0, n * T), second, work);
        }
        return result;
    }

    private static IReadOnlyList<(int Start, int End, string Type, double Confidence)> Spans(
        int[] tags, ReadOnlySpan<double> emit, NerModel model, DecoderWorkspace work)
    {
        var n = tags.Length;
        // Most sentences of news name nothing: all O (tag 0) is no span, without spelling the tags out to find none.
        if (!tags.AsSpan().ContainsAnyExcept(0)) return [];
        var found = NerEvaluation.Spans([.. tags.Select(t => NerTags.All[t])]);
        if (found.Count == 0) return [];
        var marginals = model.MaxMarginals(emit, n, work, from: found[0].Start);
        var spans = new List<(int, int, string, double)>(found.Count);
        foreach (var span in found)
        {
            var margin = double.PositiveInfinity;
            for (var i = span.Start; i < span.End; i++) margin = Math.Min(margin, Margin(marginals, i, tags[i]));
            // A span also depends on where it stops: a next token that nearly joined it lowers confidence.
            if (span.End < n) margin = Math.Min(margin, Margin(marginals, span.End, tags[span.End]));
            // A zero margin is a coin flip between two readings, so it maps to 0.5, not 0: on held-out ANERcorp
            // such spans are right about half the time, and those with margins above 2 scales about 90%.
            spans.Add((span.Start, span.End, span.Type, 0.5 + 0.5 * Math.Tanh(margin / model.ConfidenceScale)));
        }
        return spans;
    }

    private static double Margin(ReadOnlySpan<double> marginals, int i, int chosen)
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
        using var stream = LanguageFile.Open("Entities", ModelFile);
        return new NerTagger(NerModel.Load(stream));
    }
}
