using System.Numerics;

namespace Marsad.Train;

/// <summary>
/// Dense word vectors learned from unlabeled text by skip-gram with negative sampling (Mikolov et al. 2013, word2vec's
/// defaults): each kept token predicts the words within a window drawn from 1…<see cref="Window"/> around it against
/// <see cref="Negatives"/> words drawn from unigram counts raised to 0.75; frequent tokens are subsampled (t = 1e-4); the
/// learning rate falls linearly to zero. One thread and one seeded generator, so the same corpus always gives the same
/// vectors (word2vec's many threads race on shared rows and do not). Where <see cref="ClusterCommands"/>' PPMI vectors
/// count four fixed neighbour slots over the 2,000 most frequent tokens, these learn from every word of the vocabulary
/// at every distance up to the window.
/// </summary>
internal sealed class SkipGram
{
    public int Dimensions { get; init; } = 64;

    public int Window { get; init; } = 3;

    public int Negatives { get; init; } = 5;

    public int Epochs { get; init; } = 1;

    /// <summary>Tokens seen fewer times than this are neither learned nor used as context (word2vec's min-count).</summary>
    public int MinCount { get; init; } = 5;

    public float LearningRate { get; init; } = 0.025f;

    public int Seed { get; init; } = 20260103;

    /// <summary>Unit-length vectors, <see cref="Dimensions"/> floats per vocabulary word, by word.</summary>
    public (Dictionary<string, int> Index, float[] Vectors) Train(IReadOnlyList<string[]> documents, Dictionary<string, int> frequency, Action<string>? progress = null)
    {
        var vocabulary = frequency.Where(p => p.Value >= MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var index = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var counts = vocabulary.Select(w => (double)frequency[w]).ToArray();
        var total = counts.Sum();
        // word2vec's subsampling: keep a token with probability (√(f/t) + 1)·t/f, f its share of the corpus.
        var keep = counts.Select(c => (float)Math.Min(1.0, (Math.Sqrt(c / (1e-4 * total)) + 1) * 1e-4 * total / c)).ToArray();
        var noise = NoiseTable(counts, 1 << 22);

        var d = Dimensions;
        var random = new SplitMix(Seed);
        var input = new float[vocabulary.Length * d];
        for (var i = 0; i < input.Length; i++) input[i] = (random.NextFloat() - 0.5f) / d;
        var output = new float[vocabulary.Length * d];
        var gradient = new float[d];
        var ids = new List<int>(4096);

        var planned = (long)Epochs * documents.Sum(x => (long)x.Length);
        long done = 0;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            foreach (var document in documents)
            {
                ids.Clear();
                foreach (var token in document)
                    if (index.TryGetValue(token, out var id) && random.NextFloat() < keep[id]) ids.Add(id);
                var rate = Math.Max(LearningRate * 1e-4f, LearningRate * (1 - (float)done / planned));
                done += document.Length;
                for (var i = 0; i < ids.Count; i++)
                {
                    var reach = 1 + random.Next(Window);
                    for (var j = Math.Max(0, i - reach); j <= Math.Min(ids.Count - 1, i + reach); j++)
                    {
                        if (j == i) continue;
                        // The context word's input row learns to predict the centre word against noise words.
                        var row = input.AsSpan(ids[j] * d, d);
                        Array.Clear(gradient);
                        for (var n = 0; n <= Negatives; n++)
                        {
                            var target = n == 0 ? ids[i] : noise[random.Next(noise.Length)];
                            if (n > 0 && target == ids[i]) continue;
                            var outRow = output.AsSpan(target * d, d);
                            var score = ClusterCommands.Dot(row, outRow);
                            var g = ((n == 0 ? 1f : 0f) - Sigmoid(score)) * rate;
                            AddScaled(gradient, outRow, g);
                            AddScaled(outRow, row, g);
                        }
                        AddScaled(row, gradient, 1f);
                    }
                }
            }
            progress?.Invoke($"skip-gram epoch {epoch + 1} of {Epochs}");
        }
        for (var w = 0; w < vocabulary.Length; w++) ClusterCommands.Normalize(input.AsSpan(w * d, d));
        return (index, input);
    }

    private static float Sigmoid(float x) => x > 8 ? 1f : x < -8 ? 0f : 1f / (1f + MathF.Exp(-x));

    private static void AddScaled(Span<float> into, ReadOnlySpan<float> v, float scale)
    {
        var i = 0;
        var s = new Vector<float>(scale);
        for (; i <= into.Length - Vector<float>.Count; i += Vector<float>.Count)
            (new Vector<float>(into[i..]) + s * new Vector<float>(v[i..])).CopyTo(into[i..]);
        for (; i < into.Length; i++) into[i] += scale * v[i];
    }

    /// <summary>Word ids in proportion to count^0.75, so a uniform draw from the table is a noise word.</summary>
    private static int[] NoiseTable(double[] counts, int size)
    {
        var weights = counts.Select(c => Math.Pow(c, 0.75)).ToArray();
        var sum = weights.Sum();
        var table = new int[size];
        var word = 0;
        var reached = weights[0] / sum;
        for (var i = 0; i < size; i++)
        {
            table[i] = word;
            if ((double)(i + 1) / size > reached && word < weights.Length - 1) reached += weights[++word] / sum;
        }
        return table;
    }

    /// <summary>A small fast generator with a fixed sequence for a seed (System.Random's draws cost more per call).</summary>
    private struct SplitMix(int seed)
    {
        private ulong _state = (ulong)seed;

        private ulong NextBits()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public float NextFloat() => (NextBits() >> 40) * (1f / (1 << 24));

        public int Next(int bound) => (int)((NextBits() >> 32) * (ulong)bound >> 32);
    }
}
