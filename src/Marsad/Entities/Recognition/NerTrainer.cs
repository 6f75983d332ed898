using Marsad.Text.Normalization;

namespace Marsad.Entities.Recognition;

/// <summary>
/// Averaged structured perceptron (Collins 2002) over <see cref="NerFeatures"/> and second-order tag history:
/// decode each sentence with the current weights, move weights toward the gold tags and away from the
/// predicted ones, and ship the weights averaged over every step, which generalizes far better than the last.
/// </summary>
public static class NerTrainer
{
    private const int T = NerTags.Count;

    /// <summary>
    /// Trains the first pass, then (unless <see cref="NerTrainingOptions.DocumentPass"/> is off) a second pass over
    /// document memory features computed from first-pass tags that each come from a model that did not see that
    /// document — so the second pass learns how far first-pass tags can be trusted on unseen text.
    /// Documents are runs of <see cref="NerTrainingOptions.DocumentSentences"/> consecutive sentences.
    /// </summary>
    public static NerModel Train(IReadOnlyList<BioSentence> sentences, NerTrainingOptions? options = null)
    {
        options ??= new NerTrainingOptions();
        var triggers = options.Triggers ?? NerLexicon.DefaultTriggers();
        options = options with { GivenNames = options.GivenNames ?? NerLexicon.EmbeddedGivenNames() };
        var first = TrainPass(sentences, options, triggers, null);
        if (!options.DocumentPass) return first.WithOutsideBias(options.OutsideBias);

        var size = options.DocumentSentences;
        var folds = Math.Max(2, options.StackFolds);
        var firstPass = new DocumentMemory.Sentence[sentences.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var held = Enumerable.Range(0, sentences.Count).Where(i => i / size % folds == fold).ToList();
            if (held.Count == 0) continue;
            var rest = Enumerable.Range(0, sentences.Count).Where(i => i / size % folds != fold).Select(i => sentences[i]).ToList();
            var model = TrainPass(rest, options with { Progress = null }, triggers, null);
            foreach (var i in held)
            {
                var features = NerFeatures.Extract(sentences[i].Tokens, model.Lexicon, out var keys, out var bases);
                firstPass[i] = new DocumentMemory.Sentence(keys, bases, model.Decode(features));
            }
        }
        var memory = new ulong[sentences.Count][][];
        for (var start = 0; start < sentences.Count; start += size)
        {
            var document = firstPass.Skip(start).Take(size).ToList();
            var features = DocumentMemory.Features(document);
            for (var s = 0; s < document.Count; s++) memory[start + s] = features[s];
        }
        var second = TrainPass(sentences, options, triggers, memory);
        return first.WithSecondPass(second.WithOutsideBias(options.OutsideBias), size);
    }

    private static NerModel TrainPass(
        IReadOnlyList<BioSentence> sentences, NerTrainingOptions options, IReadOnlyDictionary<string, string> triggers, ulong[][][]? memory)
    {
        var lexicon = NerLexicon.FromCorpus(sentences, triggers, options.ExtraNames, options.GivenNames, clusters: options.Clusters);

        var hashed = new ulong[sentences.Count][][];
        var folds = Math.Max(1, Math.Min(options.LexiconFolds, sentences.Count));
        var block = Math.Max(1, options.DocumentSentences);
        for (var fold = 0; fold < folds; fold++)
        {
            // Whole documents leave the fold together: a name repeated in one article must not be found
            // in the lexicon through its own article, which never happens on unseen text.
            var others = folds == 1 ? sentences : sentences.Where((_, i) => i / block % folds != fold).ToList();
            var foldLexicon = folds == 1 ? lexicon : NerLexicon.FromCorpus(others, triggers, options.ExtraNames, options.GivenNames, clusters: options.Clusters);
            for (var i = 0; i < sentences.Count; i++)
                if (i / block % folds == fold)
            {
                hashed[i] = NerFeatures.Extract(sentences[i].Tokens, foldLexicon);
                if (memory is not null)
                    for (var t = 0; t < hashed[i].Length; t++) hashed[i][t] = [.. hashed[i][t], .. memory[i][t]];
            }
        }

        var counts = new Dictionary<ulong, int>();
        foreach (var sentence in hashed)
        foreach (var token in sentence)
        foreach (var key in token)
            counts[key] = counts.GetValueOrDefault(key) + 1;
        var index = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var ids = hashed.Select(sentence => sentence.Select(token =>
        {
            var list = new List<int>(token.Length);
            foreach (var key in token)
            {
                if (counts[key] < options.MinFeatureCount) continue;
                if (!index.TryGetValue(key, out var id))
                {
                    index[key] = id = keys.Count;
                    keys.Add(key);
                }
                list.Add(id);
            }
            return list.ToArray();
        }).ToArray()).ToArray();
        var gold = sentences.Select(s => s.Tags.Select(NerTags.IndexOf).ToArray()).ToArray();

        // Several perceptrons over different shuffles, averaged: one run's weights depend on the order it saw the
        // sentences in, and the mean of a few varies less (a bagging-like ensemble in weight space, still one model).
        var members = Math.Max(1, options.Ensemble);
        var runs = new (float[] Weights, float[] Trans1, float[] Trans2)[members];
        Parallel.For(0, members, m => runs[m] = Perceptron(ids, gold, keys.Count, options.Epochs, options.Seed + m, m == 0 ? options.Progress : null));
        var averaged = Mean(runs.Select(r => r.Weights));
        var trans1 = Mean(runs.Select(r => r.Trans1));
        var trans2 = Mean(runs.Select(r => r.Trans2));
        var kept = new Dictionary<ulong, int>();
        var keptWeights = new List<float>();
        for (var f = 0; f < keys.Count; f++)
        {
            var any = false;
            for (var y = 0; y < T && !any; y++) any = Math.Abs(averaged[f * T + y]) >= options.PruneBelow;
            if (!any) continue;
            kept[keys[f]] = kept.Count;
            for (var y = 0; y < T; y++)
            {
                var v = averaged[f * T + y];
                keptWeights.Add(Math.Abs(v) >= options.PruneBelow ? v : 0f);
            }
        }
        return new NerModel(kept, [.. keptWeights], trans1, trans2, lexicon, options.ConfidenceScale);
    }

    private static (float[] Weights, float[] Trans1, float[] Trans2) Perceptron(
        int[][][] ids, int[][] gold, int featureCount, int epochs, int seed, Action<int, int>? progress)
    {
        var weights = new Averaged(featureCount * T);
        var trans1 = new Averaged((T + 1) * T);
        var trans2 = new Averaged((T + 1) * (T + 1) * T);
        var random = new Random(seed);
        var order = Enumerable.Range(0, ids.Length).ToArray();
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var s in order)
            {
                weights.Tick(); trans1.Tick(); trans2.Tick();
                var n = ids[s].Length;
                if (n == 0) continue;
                var emit = new double[n * T];
                for (var i = 0; i < n; i++)
                foreach (var f in ids[s][i])
                for (var y = 0; y < T; y++)
                    emit[i * T + y] += weights.Current[f * T + y];
                var predicted = SequenceDecoder.Viterbi(n, emit, trans1.Current, trans2.Current);
                if (predicted.AsSpan().SequenceEqual(gold[s])) continue;
                errors++;
                Update(ids[s], gold[s], +1, weights, trans1, trans2);
                Update(ids[s], predicted, -1, weights, trans1, trans2);
            }
            progress?.Invoke(epoch, errors);
        }
        return (weights.Average(), trans1.Average(), trans2.Average());
    }

    private static float[] Mean(IEnumerable<float[]> arrays)
    {
        float[]? sum = null;
        var count = 0;
        foreach (var array in arrays)
        {
            sum ??= new float[array.Length];
            for (var i = 0; i < array.Length; i++) sum[i] += array[i];
            count++;
        }
        for (var i = 0; i < sum!.Length; i++) sum[i] /= count;
        return sum;
    }

    private static void Update(int[][] features, int[] tags, float delta, Averaged weights, Averaged trans1, Averaged trans2)
    {
        var start = NerTags.Start;
        for (var i = 0; i < tags.Length; i++)
        {
            var y = tags[i];
            foreach (var f in features[i]) weights.Add(f * T + y, delta);
            var previous = i > 0 ? tags[i - 1] : start;
            var before = i > 1 ? tags[i - 2] : start;
            trans1.Add(previous * T + y, delta);
            trans2.Add((before * (T + 1) + previous) * T + y, delta);
        }
    }

    /// <summary>Weights with the running-sum trick for averaging: average = w − Σ(step·Δ)/steps.</summary>
    private sealed class Averaged(int size)
    {
        private readonly double[] _stepWeighted = new double[size];
        private int _step = 1;

        public float[] Current { get; } = new float[size];

        public void Tick() => _step++;

        public void Add(int i, float delta)
        {
            Current[i] += delta;
            _stepWeighted[i] += (double)_step * delta;
        }

        public float[] Average()
        {
            var average = new float[Current.Length];
            for (var i = 0; i < average.Length; i++) average[i] = (float)(Current[i] - _stepWeighted[i] / _step);
            return average;
        }
    }
}
