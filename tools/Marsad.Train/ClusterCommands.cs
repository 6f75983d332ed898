using System.Diagnostics;
using System.IO.Compression;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Train;

/// <summary>
/// Builds the word clusters the recognizer uses as features (Resources/Entities/word-clusters.tsv.gz) from unlabeled
/// news, after Turian et al. (2010): words that occur in the same contexts share a cluster, so a name never seen in
/// ANERcorp still looks like the names that were. Distributional clusters rather than Brown clusters, which take
/// hours on this corpus: left and right neighbour counts over the most frequent tokens, PPMI with smoothed context
/// probabilities (Levy et al. 2015), a seeded random projection that keeps cosines (Johnson–Lindenstrauss), then
/// spherical k-means for the finest level and k-means of its centroids for the coarser ones, so levels nest.
/// Everything is seeded and summed in a fixed order: the same corpus always gives the same file.
/// </summary>
internal static class ClusterCommands
{
    private static readonly string DefaultCorpus = SharedFolder.Path("data/saudinewsnet/saudinewsnet.jsonl.gz");
    private const string DefaultOut = "src/Marsad/Resources/Entities/word-clusters.tsv.gz";
    private const int Seed = 20260102;

    public static int Build(Options options)
    {
        var corpus = options.Get("corpus", DefaultCorpus);
        var output = options.Get("out", DefaultOut);
        var vocabulary = options.Get("words", 150_000);
        var contexts = options.Get("contexts", 2_000);
        var dimensions = options.Get("dims", 128);
        int[] levels = [.. options.Get("levels", "64,256,1024").Split(',').Select(int.Parse)];
        int[] extra = [.. options.Get("extra", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
        int[] dense = [.. options.Get("dense", "128,512").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
        var clock = Stopwatch.StartNew();

        var documents = ReadDocuments(corpus);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        foreach (var token in document)
            frequency[token] = frequency.GetValueOrDefault(token) + 1;
        var ranked = frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var words = ranked.Where(IsWord).Take(vocabulary).ToArray();
        var wordIndex = words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var contextIndex = ranked.Take(contexts).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        Console.WriteLine($"{documents.Count:N0} documents, {frequency.Values.Sum():N0} tokens, {frequency.Count:N0} forms ({clock.Elapsed.TotalSeconds:F1} s)");

        // Context slots: the token just left, just right, two left, two right.
        var width = 4 * contexts;
        var counts = new Dictionary<int, int>[words.Length];
        for (var w = 0; w < words.Length; w++) counts[w] = [];
        foreach (var document in documents)
        {
            var ids = document.Select(t => contextIndex.GetValueOrDefault(t, -1)).ToArray();
            for (var i = 0; i < document.Length; i++)
            {
                if (!wordIndex.TryGetValue(document[i], out var w)) continue;
                var row = counts[w];
                Add(row, i - 1, 0);
                Add(row, i + 1, 1);
                Add(row, i - 2, 2);
                Add(row, i + 2, 3);
            }

            void Add(Dictionary<int, int> row, int at, int slot)
            {
                var c = at < 0 || at >= ids.Length ? -1 : ids[at];
                if (c < 0) return;
                var key = slot * contexts + c;
                row[key] = row.GetValueOrDefault(key) + 1;
            }
        }

        var vectors = Project(counts, width, dimensions);
        Console.WriteLine($"PPMI vectors projected to {dimensions} dimensions ({clock.Elapsed.TotalSeconds:F1} s)");

        var finest = levels.Max();
        var (assignment, centroids) = SphericalKMeans(vectors, dimensions, finest, options.Get("iterations", 15), new Random(Seed));
        var sizes = new float[finest];
        foreach (var a in assignment) sizes[a]++;
        var levelOf = new Dictionary<int, int[]> { [finest] = assignment };
        foreach (var k in levels.Where(k => k < finest).OrderDescending())
        {
            var (coarse, _) = SphericalKMeans(centroids, dimensions, k, 30, new Random(Seed + k), sizes);
            levelOf[k] = [.. assignment.Select(a => coarse[a])];
        }
        Console.WriteLine($"k-means at {string.Join(", ", levels)} ({clock.Elapsed.TotalSeconds:F1} s)");
        // --extra K,K…: independent partitions of the same vectors at other sizes, each from its own seeded start, written
        // as more class columns after the profiles (the other columns stay byte for byte the same). None ship: with
        // 512,2048 (issue #9, full train-ner at seeds 20260101 and 7) the tagger's test F1 as train-ner prints it fell
        // from 0.7320 / 0.7310 to 0.7296 / 0.7284, and eval-ner's pipeline F1 went 0.7064 → 0.7106 / 0.7061: seed noise.
        var extraOf = extra.Select(k => SphericalKMeans(vectors, dimensions, k, options.Get("iterations", 15), new Random(Seed + 7919 * k)).Assignment).ToArray();
        if (extra.Length > 0) Console.WriteLine($"independent k-means at {string.Join(", ", extra)} ({clock.Elapsed.TotalSeconds:F1} s)");

        // --dense K,K…: partitions of skip-gram vectors (SkipGram), a second view of the same words learned another way.
        var skipGram = new SkipGram
        {
            Dimensions = options.Get("dense-dims", 64),
            Window = options.Get("dense-window", 3),
            Epochs = options.Get("dense-epochs", 1),
            MinCount = options.Get("dense-min-count", 5),
        };
        var denseOf = new string[dense.Length][];
        if (dense.Length > 0)
        {
            var (denseIndex, denseVectors) = skipGram.Train(documents, frequency, message => Console.WriteLine($"{message} ({clock.Elapsed.TotalSeconds:F1} s)"));
            var hasVector = words.Where(denseIndex.ContainsKey).ToArray();
            var points = new float[hasVector.Length * skipGram.Dimensions];
            for (var w = 0; w < hasVector.Length; w++)
                denseVectors.AsSpan(denseIndex[hasVector[w]] * skipGram.Dimensions, skipGram.Dimensions).CopyTo(points.AsSpan(w * skipGram.Dimensions));
            for (var p = 0; p < dense.Length; p++)
            {
                var partition = SphericalKMeans(points, skipGram.Dimensions, dense[p], options.Get("iterations", 15), new Random(Seed + 104_729 * dense[p])).Assignment;
                var byWord = hasVector.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => partition[x.i], StringComparer.Ordinal);
                denseOf[p] = [.. words.Select(w => byWord.TryGetValue(w, out var c) ? "d" + c : "-")];
            }
            Console.WriteLine($"skip-gram vectors of {denseIndex.Count:N0} tokens, k-means at {string.Join(", ", dense)} over the {hasVector.Length:N0} listed words ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine("# Word clusters for the named-entity recognizer: distributional classes learned without labels from");
            writer.WriteLine($"# SaudiNewsNet ({documents.Count:N0} articles). The {words.Length:N0} most frequent word forms (matching keys) with their cluster");
            writer.WriteLine($"# at {levels.Length} nested granularities ({string.Join(", ", levels)}): ±1/±2 neighbour counts over the {contexts:N0} most frequent tokens,");
            writer.WriteLine($"# PPMI, a seeded random projection to {dimensions} dimensions, spherical k-means, coarser levels by k-means of centroids.");
            writer.WriteLine("# Rebuilt with: dotnet run -c Release --project tools/Marsad.Train -- build-clusters");
            writer.WriteLine("# A recognizer model records which table it was trained with; retrain the model after rebuilding this file.");
            writer.WriteLine("# Then three word-form profiles, binned: a = how often the form goes with the article ال, s = how often it takes");
            writer.WriteLine("# a pronoun suffix (names rarely do either: Arabic has no capitals to mark them), f = log2 frequency / 2.");
            if (extra.Length > 0)
                writer.WriteLine($"# Then {extra.Length} independent partitions of the same vectors (k = {string.Join(", ", extra)}), each k-means from its own seeded start.");
            if (dense.Length > 0)
                writer.WriteLine($"# Then {dense.Length} partitions (k = {string.Join(", ", dense)}) of dense skip-gram vectors ({skipGram.Dimensions} dimensions, window {skipGram.Window}, {skipGram.Epochs} epoch(s), tokens seen ≥ {skipGram.MinCount} times; '-' for a word below that), each spherical k-means from its own seeded start.");
            writer.WriteLine($"# word\t{string.Join('\t', levels.Order().Select(k => "c" + k))}\ta\ts\tf{string.Concat(extra.Select(k => "\tk" + k))}{string.Concat(dense.Select(k => "\td" + k))}");
            for (var w = 0; w < words.Length; w++)
                writer.WriteLine($"{words[w]}\t{string.Join('\t', levels.Order().Select(k => levelOf[k][w]))}\t{Profile(words[w], frequency)}{string.Concat(extraOf.Select(a => "\t" + a[w]))}{string.Concat(denseOf.Select(a => "\t" + a[w]))}");
        }
        Console.WriteLine($"{words.Length:N0} words, {new FileInfo(output).Length / 1024.0:F0} KB → {output} in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static readonly string[] s_suffixes = ["ه", "ها", "هم", "هما", "هن", "ي", "ك", "كم", "نا"];

    private static string Profile(string word, Dictionary<string, int> frequency)
    {
        double F(string form) => frequency.GetValueOrDefault(form);
        var own = F(word);
        var article = word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3
            ? own / (own + F(word[2..]))
            : F("ال" + word) / (own + F("ال" + word));
        // ة is folded to ه in matching keys and becomes ت before a suffix.
        // The article and a pronoun suffix exclude each other: الحكومه is measured by حكومته.
        var bare = word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? word[2..] : word;
        var stem = bare.EndsWith('ه') ? bare[..^1] + "ت" : bare;
        var suffixed = s_suffixes.Sum(suffix => F(stem + suffix)) / Math.Max(own, F(bare));
        var a = article switch { < 0.02 => 0, < 0.1 => 1, < 0.3 => 2, < 0.7 => 3, _ => 4 };
        var sf = suffixed switch { 0 => 0, < 0.01 => 1, < 0.05 => 2, < 0.2 => 3, _ => 4 };
        var f = (int)Math.Log2(Math.Max(1, own)) / 2;
        return $"a{a}\ts{sf}\tf{f}";
    }

    private static bool IsWord(string token) => token.Length > 0 && char.IsLetter(token[0]);

    private static List<string[]> ReadDocuments(string path)
    {
        var documents = new List<string[]>();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            var text = string.Join("\n", new[] { "title", "text" }
                .Select(p => json.RootElement.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                .Where(s => !string.IsNullOrEmpty(s)));
            var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(text));
            var keys = new string[tokens.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                var token = tokens[i];
                var key = token.Kind == TokenKind.Number ? "<num>" : token.Key;
                keys[i] = pool.TryGetValue(key, out var pooled) ? pooled : pool[key] = key;
            }
            documents.Add(keys);
        }
        return documents;
    }

    /// <summary>PPMI rows (context probabilities raised to 0.75), times a seeded ±1 matrix, normalized to unit length.</summary>
    private static float[] Project(Dictionary<int, int>[] counts, int width, int dimensions)
    {
        var column = new double[width];
        var total = 0.0;
        foreach (var row in counts)
        foreach (var (c, n) in row)
        {
            column[c] += n;
            total += n;
        }
        var smoothed = column.Select(n => Math.Pow(n, 0.75)).ToArray();
        var smoothedTotal = smoothed.Sum();

        var random = new Random(Seed);
        var signs = new float[width * dimensions];
        for (var i = 0; i < signs.Length; i++) signs[i] = random.Next(2) == 0 ? -1f : 1f;

        var vectors = new float[counts.Length * dimensions];
        Parallel.For(0, counts.Length, w =>
        {
            var row = counts[w];
            var rowTotal = 0.0;
            foreach (var n in row.Values) rowTotal += n;
            var v = vectors.AsSpan(w * dimensions, dimensions);
            foreach (var (c, n) in row.OrderBy(p => p.Key))
            {
                var pmi = Math.Log(n / rowTotal / (smoothed[c] / smoothedTotal));
                if (pmi <= 0) continue;
                var s = signs.AsSpan(c * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++) v[d] += (float)pmi * s[d];
            }
            Normalize(v);
        });
        return vectors;
    }

    internal static void Normalize(Span<float> v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0) foreach (ref var x in v) x /= norm;
    }

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }

    /// <summary>Unit vectors into k clusters by cosine; seeded start on distinct points, weighted means, fixed order.</summary>
    private static (int[] Assignment, float[] Centroids) SphericalKMeans(
        float[] points, int dimensions, int k, int iterations, Random random, float[]? weights = null)
    {
        var n = points.Length / dimensions;
        var centroids = new float[k * dimensions];
        var start = Enumerable.Range(0, n).ToArray();
        random.Shuffle(start);
        for (var c = 0; c < k; c++) points.AsSpan(start[c] * dimensions, dimensions).CopyTo(centroids.AsSpan(c * dimensions));
        var assignment = new int[n];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var changed = 0;
            Parallel.For(0, n, () => 0, (p, _, local) =>
            {
                var point = points.AsSpan(p * dimensions, dimensions);
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(point, centroids.AsSpan(c * dimensions, dimensions));
                    if (score > bestScore) (best, bestScore) = (c, score);
                }
                if (assignment[p] == best && iteration > 0) return local;
                assignment[p] = best;
                return local + 1;
            }, local => Interlocked.Add(ref changed, local));

            var sums = new float[k * dimensions];
            var members = new int[k];
            for (var p = 0; p < n; p++)
            {
                var weight = weights?[p] ?? 1f;
                var sum = sums.AsSpan(assignment[p] * dimensions, dimensions);
                var point = points.AsSpan(p * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++) sum[d] += weight * point[d];
                members[assignment[p]]++;
            }
            for (var c = 0; c < k; c++)
            {
                // An emptied cluster restarts on a random point rather than vanishing.
                if (members[c] == 0) points.AsSpan(random.Next(n) * dimensions, dimensions).CopyTo(sums.AsSpan(c * dimensions));
                Normalize(sums.AsSpan(c * dimensions, dimensions));
            }
            centroids = sums;
            Console.WriteLine($"  k={k} iteration {iteration + 1}: {changed:N0} moved");
            if (changed == 0) break;
        }
        return (assignment, centroids);
    }
}
