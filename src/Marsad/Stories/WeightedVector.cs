namespace Marsad.Stories;

/// <summary>
/// A TF-IDF vector: term ids sorted, weights = stored term weight × idf, L2-normalized. IDF is read when the vector is
/// built, from the document frequencies as they stand, so early articles are compared with the same statistics as late
/// ones: idf = ln((1 + N) / (1 + df)) + 1.
/// </summary>
internal sealed class WeightedVector
{
    private readonly int[] _ids;
    private readonly float[] _weights;

    public WeightedVector((int Id, float Weight)[] terms, Func<int, int> documentFrequency, long documents)
    {
        _ids = new int[terms.Length];
        _weights = new float[terms.Length];
        var norm = 0.0;
        for (var i = 0; i < terms.Length; i++)
        {
            _ids[i] = terms[i].Id;
            var w = terms[i].Weight * Idf(documentFrequency(terms[i].Id), documents);
            _weights[i] = (float)w;
            norm += w * w;
        }
        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var i = 0; i < _weights.Length; i++) _weights[i] *= scale;
    }

    public static double Idf(int df, long documents) => Math.Log((1.0 + documents) / (1.0 + df)) + 1;

    /// <summary>The ids of the <paramref name="count"/> heaviest terms.</summary>
    public int[] Heaviest(int count) =>
        [.. Enumerable.Range(0, _ids.Length).OrderByDescending(i => _weights[i]).ThenBy(i => _ids[i]).Take(count).Select(i => _ids[i])];

    public double Cosine(WeightedVector other)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < _ids.Length && j < other._ids.Length)
        {
            if (_ids[i] == other._ids[j]) dot += _weights[i++] * other._weights[j++];
            else if (_ids[i] < other._ids[j]) i++;
            else j++;
        }
        return dot;
    }
}
