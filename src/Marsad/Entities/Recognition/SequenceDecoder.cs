namespace Marsad.Entities.Recognition;

/// <summary>
/// Exact second-order Viterbi over BIO tags: a state is (previous tag, tag), so both the previous tag and the
/// one before it score the next choice. Nine tags make 90 states per token, cheap enough to be exact rather
/// than a beam. Also gives max-marginals (the best score of any path through a tag) for confidences, from the
/// Viterbi pass's own forward scores.
/// </summary>
internal static class SequenceDecoder
{
    private const int T = NerTags.Count;

    // Per tag, the tags (or Start) that may come before it and the tags that may follow it, in index order.
    private static readonly int[][] s_before = [.. Enumerable.Range(0, T).Select(y => Enumerable.Range(0, T + 1).Where(p => NerTags.Allowed(p, y)).ToArray())];
    private static readonly int[][] s_after = [.. Enumerable.Range(0, T).Select(y => Enumerable.Range(0, T).Where(n => NerTags.Allowed(y, n)).ToArray())];

    private static double Transition(ReadOnlySpan<float> trans1, ReadOnlySpan<float> trans2, int before, int previous, int tag) =>
        trans1[previous * T + tag] + trans2[(before * (T + 1) + previous) * T + tag];

    /// <param name="emit">Observation score of each tag at each token, row-major [token * T + tag].</param>
    public static int[] Viterbi(int n, ReadOnlySpan<double> emit, ReadOnlySpan<float> trans1, ReadOnlySpan<float> trans2) =>
        Viterbi(n, emit, trans1, trans2, DecoderWorkspace.Current);

    /// <param name="work">Where the forward scores are left (<see cref="DecoderWorkspace.Delta"/>: per token and state, the
    /// best score of a path ending there), for <see cref="MaxMarginals"/>.</param>
    public static int[] Viterbi(int n, ReadOnlySpan<double> emit, ReadOnlySpan<float> trans1, ReadOnlySpan<float> trans2, DecoderWorkspace work)
    {
        if (n == 0) return [];
        var states = (T + 1) * T;
        var delta = work.Delta(n * states);
        var back = work.Back(n * states);
        Forward(n, emit, trans1, trans2, delta, back);
        var best = -1;
        for (var s = 0; s < states; s++)
            if (!double.IsNegativeInfinity(delta[(n - 1) * states + s]) && (best < 0 || delta[(n - 1) * states + s] > delta[(n - 1) * states + best]))
                best = s;
        var tags = new int[n];
        var (previous, tag) = (best / T, best % T);
        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = tag;
            int before = back[i * states + previous * T + tag];
            (previous, tag) = (before, previous);
        }
        return tags;
    }

    private static void Forward(int n, ReadOnlySpan<double> emit, ReadOnlySpan<float> trans1, ReadOnlySpan<float> trans2, double[] delta, byte[] back)
    {
        var states = (T + 1) * T;
        Array.Fill(delta, double.NegativeInfinity, 0, n * states);
        var start = NerTags.Start;
        for (var y = 0; y < T; y++)
        {
            if (!NerTags.Allowed(start, y)) continue;
            delta[start * T + y] = emit[y] + Transition(trans1, trans2, start, start, y);
            back[start * T + y] = (byte)start;
        }
        Span<double> from = stackalloc double[T + 1];
        for (var i = 1; i < n; i++)
        {
            var prevRow = (i - 1) * states;
            var row = i * states;
            for (var yp = 0; yp < T; yp++)
            {
                // Only states the tag set allows are ever reached (the others stay at -∞ and were skipped one by one).
                var before = s_before[yp];
                for (var k = 0; k < before.Length; k++) from[k] = delta[prevRow + before[k] * T + yp];
                foreach (var y in s_after[yp])
                {
                    var bestScore = double.NegativeInfinity;
                    var bestBefore = -1;
                    for (var k = 0; k < before.Length; k++)
                    {
                        if (double.IsNegativeInfinity(from[k])) continue;
                        var ypp = before[k];
                        var score = from[k] + trans2[(ypp * (T + 1) + yp) * T + y];
                        if (score > bestScore) (bestScore, bestBefore) = (score, ypp);
                    }
                    if (bestBefore < 0) continue;
                    delta[row + yp * T + y] = bestScore + trans1[yp * T + y] + emit[i * T + y];
                    back[row + yp * T + y] = (byte)bestBefore;
                }
            }
        }
    }

    /// <summary>
    /// Per token from <paramref name="from"/> on and tag, the best score of any complete path that gives the token that
    /// tag (tokens before it stay at -∞: the backward pass stops there), row-major [token * T + tag], in
    /// <paramref name="work"/> until its next decode. The forward scores are those the last
    /// <see cref="Viterbi(int, ReadOnlySpan{double}, ReadOnlySpan{float}, ReadOnlySpan{float}, DecoderWorkspace)"/> on the
    /// same scores left in <paramref name="work"/>.
    /// </summary>
    public static ReadOnlySpan<double> MaxMarginals(int n, ReadOnlySpan<double> emit, ReadOnlySpan<float> trans1, ReadOnlySpan<float> trans2, DecoderWorkspace work, int from = 0)
    {
        if (n == 0) return [];
        var states = (T + 1) * T;
        var delta = work.Delta(n * states);
        var beta = work.Beta(n * states);
        // The last token has nothing after it; the rows before it are all written before they are read.
        Array.Clear(beta, (n - 1) * states, states);
        for (var i = n - 2; i >= from; i--)
        {
            var row = i * states;
            var nextRow = (i + 1) * states;
            for (var yp = 0; yp <= T; yp++)
            for (var y = 0; y < T; y++)
            {
                // A state the tag set forbids has no forward score, so its backward score is never read.
                if (!NerTags.Allowed(yp, y)) continue;
                var best = double.NegativeInfinity;
                foreach (var yn in s_after[y])
                {
                    var score = Transition(trans1, trans2, yp, y, yn) + emit[(i + 1) * T + yn] + beta[nextRow + y * T + yn];
                    if (score > best) best = score;
                }
                beta[row + yp * T + y] = best;
            }
        }
        var marginals = work.Marginals(n * T);
        Array.Fill(marginals, double.NegativeInfinity, 0, n * T);
        for (var i = from; i < n; i++)
        for (var s = 0; s < states; s++)
        {
            var score = delta[i * states + s] + beta[i * states + s];
            var y = s % T;
            if (score > marginals[i * T + y]) marginals[i * T + y] = score;
        }
        return marginals.AsSpan(0, n * T);
    }
}
