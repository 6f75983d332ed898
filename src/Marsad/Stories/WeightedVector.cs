namespace Marsad.Stories;

/// <summary>
/// A TF-IDF vector: term ids sorted, weights = stored term weight × idf. IDF is read when the vector is built, from the
/// document frequencies as they stand, so early articles are compared with the same statistics as late ones:
/// idf = ln((1 + N) / (1 + df)) + 1. <see cref="Cosine(WeightedVector)"/> compares words, entities and events together
/// (title words are already counted up among the words); <see cref="Cosine(WeightedVector, TermKind)"/> one kind alone,
/// each kind normalized on its own.
/// </summary>
internal sealed class WeightedVector
{
    private readonly int[] _ids;
    private readonly float[] _weights;
    private readonly TermKind[] _kinds;
    private readonly double[] _kindNorms = new double[TermKinds.Count];
    private readonly double _norm;
    // The headline's words as word-term ids with their idf (HeadlineCoverage), from the title terms and headlineWord.
    private readonly (int WordId, double Idf)[] _headline;

    /// <param name="headlineWord">The word term a title term (<c>^stem</c>) stands for (<c>stem</c>), or -1; null: headline coverage not read.</param>
    public WeightedVector((int Id, float Weight)[] terms, Func<int, int> documentFrequency, Func<int, TermKind> kind, long documents,
        Func<int, int>? headlineWord = null)
    {
        var headline = new List<(int, double)>();
        _ids = new int[terms.Length];
        _weights = new float[terms.Length];
        _kinds = new TermKind[terms.Length];
        var squares = new double[TermKinds.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            _ids[i] = terms[i].Id;
            _kinds[i] = kind(terms[i].Id);
            var w = terms[i].Weight * Idf(documentFrequency(terms[i].Id), documents);
            _weights[i] = (float)w;
            squares[(int)_kinds[i]] += w * w;
            if (_kinds[i] == TermKind.Title && headlineWord?.Invoke(terms[i].Id) is { } word and >= 0)
                headline.Add((word, Idf(documentFrequency(word), documents)));
        }
        _headline = [.. headline];
        _norm = SetNorms(squares);
    }

    private WeightedVector(int[] ids, float[] weights, TermKind[] kinds, (int WordId, double Idf)[] headline)
    {
        (_ids, _weights, _kinds, _headline) = (ids, weights, kinds, headline);
        var squares = new double[TermKinds.Count];
        for (var i = 0; i < ids.Length; i++) squares[(int)kinds[i]] += (double)weights[i] * weights[i];
        _norm = SetNorms(squares);
    }

    // Each kind's norm from its sum of squared weights; returns the norm over the content kinds together.
    private double SetNorms(double[] squares)
    {
        for (var k = 0; k < TermKinds.Count; k++) _kindNorms[k] = Math.Sqrt(squares[k]);
        return Math.Sqrt(Enumerable.Range(0, TermKinds.Count).Where(k => TermKinds.IsContent((TermKind)k)).Sum(k => squares[k]));
    }

    /// <summary>
    /// The mean of several vectors (a story thread's profile: <see cref="StoryThreadProfile"/>): each term's weight summed
    /// and divided by their count, so the profile weighs about as one article does (the story model's evidence floor
    /// keeps its meaning), and its headline the words of all their headlines, each once.
    /// </summary>
    public static WeightedVector Mean(IReadOnlyList<WeightedVector> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var sums = new SortedDictionary<int, (double Weight, TermKind Kind)>();
        var headline = new SortedDictionary<int, double>();
        foreach (var v in vectors)
        {
            for (var i = 0; i < v._ids.Length; i++)
            {
                var (weight, _) = sums.GetValueOrDefault(v._ids[i]);
                sums[v._ids[i]] = (weight + v._weights[i], v._kinds[i]);
            }
            foreach (var (word, idf) in v._headline) headline[word] = idf;
        }
        var n = Math.Max(1, vectors.Count);
        return new([.. sums.Keys], [.. sums.Values.Select(s => (float)(s.Weight / n))], [.. sums.Values.Select(s => s.Kind)],
            [.. headline.Select(h => (h.Key, h.Value))]);
    }

    public static double Idf(double df, long documents) => Math.Log((1.0 + documents) / (1.0 + df)) + 1;

    /// <summary>The ids of the <paramref name="count"/> heaviest content terms (title copies of words left out: the word is there; focus and day terms are evidence only).</summary>
    public int[] Heaviest(int count) =>
        [.. Enumerable.Range(0, _ids.Length).Where(i => TermKinds.IsContent(_kinds[i]))
            .OrderByDescending(i => _weights[i]).ThenBy(i => _ids[i]).Take(count).Select(i => _ids[i])];

    /// <summary>Cosine over words, entities and events.</summary>
    public double Cosine(WeightedVector other) =>
        _norm > 0 && other._norm > 0 ? Dot(other, []) / (_norm * other._norm) : 0;

    /// <summary>Cosine over the terms of one kind; 0 when either vector has none.</summary>
    public double Cosine(WeightedVector other, TermKind kind) => Cosine(other, [kind]);

    /// <summary>Cosine over the terms of some kinds together, each kind normalized with the others; 0 when either vector has none.</summary>
    public double Cosine(WeightedVector other, ReadOnlySpan<TermKind> kinds)
    {
        double a = 0, b = 0;
        foreach (var kind in kinds)
        {
            a += _kindNorms[(int)kind] * _kindNorms[(int)kind];
            b += other._kindNorms[(int)kind] * other._kindNorms[(int)kind];
        }
        return a > 0 && b > 0 ? Dot(other, kinds) / Math.Sqrt(a * b) : 0;
    }

    /// <summary>
    /// Cosine over the terms of one kind with each side's norm counted at least <paramref name="floor"/>: a vector whose
    /// only terms of the kind are common ones (a state or city named in one article in ten) no longer scores 1 for
    /// sharing one of them, while a rare shared term (its weight above the floor) still does. 0 when either has none.
    /// </summary>
    public double Cosine(WeightedVector other, TermKind kind, double floor)
    {
        var (a, b) = (_kindNorms[(int)kind], other._kindNorms[(int)kind]);
        return a > 0 && b > 0 ? Dot(other, [kind]) / (Math.Max(a, floor) * Math.Max(b, floor)) : 0;
    }

    /// <summary>
    /// How much of each headline the other article says, the mean of the two directions: the idf-weighted share of one headline's
    /// words found among the other article's words (title and body). Two reports of one happening name it in their
    /// headlines and tell it in their bodies, even written apart («تفجير مسجد في أبها» and a body on the Abha mosque
    /// bombing); one actor's next happening headlines what the first report never said («القبض على» the men the police
    /// were still looking for). 0 when either has no headline read. The mean, not the less of the two: fitted and measured
    /// both ways, the mean carried better to the other half (Stories/README.md).
    /// </summary>
    public double HeadlineCoverage(WeightedVector other) =>
        _headline.Length == 0 || other._headline.Length == 0 ? 0 : (CoveredBy(other) + other.CoveredBy(this)) / 2;

    private double CoveredBy(WeightedVector other)
    {
        double said = 0, all = 0;
        foreach (var (word, idf) in _headline)
        {
            all += idf;
            if (Array.BinarySearch(other._ids, word) >= 0) said += idf;
        }
        return all > 0 ? said / all : 0;
    }

    /// <summary>Whether both vectors have terms of <paramref name="kind"/> and share none of them (two headlines in different cities).</summary>
    public bool Disjoint(WeightedVector other, TermKind kind) =>
        _kindNorms[(int)kind] > 0 && other._kindNorms[(int)kind] > 0 && Dot(other, [kind]) == 0;

    private double Dot(WeightedVector other, ReadOnlySpan<TermKind> kinds)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < _ids.Length && j < other._ids.Length)
        {
            if (_ids[i] == other._ids[j])
            {
                var k = _kinds[i];
                if (kinds.IsEmpty ? TermKinds.IsContent(k) : kinds.Contains(k)) dot += (double)_weights[i] * other._weights[j];
                i++;
                j++;
            }
            else if (_ids[i] < other._ids[j]) i++;
            else j++;
        }
        return dot;
    }
}
