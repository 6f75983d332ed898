using System.Runtime.Intrinsics;

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

    private static readonly Vector256<double> s_minus = Vector256.Create(double.NegativeInfinity);

    // Per tag, which tags may follow it, as lane masks for the first eight tags and a flag for the ninth.
    private static readonly (Vector256<double>, Vector256<double>, bool)[] s_afterMask = [.. Enumerable.Range(0, T).Select(y =>
    {
        Span<double> lanes = stackalloc double[T];
        for (var next = 0; next < T; next++) lanes[next] = NerTags.Allowed(y, next) ? BitConverter.Int64BitsToDouble(-1) : 0;
        return (Vector256.Create<double>(lanes), Vector256.Create<double>(lanes[4..]), NerTags.Allowed(y, T - 1));
    })];

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
        Span<double> best = stackalloc double[T];
        Span<double> arg = stackalloc double[T];
        for (var i = 1; i < n; i++)
        {
            var prevRow = (i - 1) * states;
            var row = i * states;
            var scores = emit.Slice(i * T, T);
            for (var yp = 0; yp < T; yp++)
            {
                // For every next tag at once (eight lanes and the ninth alone), the best tag before yp: the first in index
                // order to give the highest score, as one comparison per tag gave it. A tag before yp whose state was never
                // reached has no score (-∞), so it can never win, and a next tag it forbids is not written.
                var (best0, best1, best8) = (Vector256.Create(double.NegativeInfinity), Vector256.Create(double.NegativeInfinity), double.NegativeInfinity);
                var (arg0, arg1, arg8) = (Vector256.Create(-1.0), Vector256.Create(-1.0), -1.0);
                foreach (var ypp in s_before[yp])
                {
                    var score = delta[prevRow + ypp * T + yp];
                    if (double.IsNegativeInfinity(score)) continue;
                    var weights = trans2.Slice((ypp * (T + 1) + yp) * T, T);
                    var (low, high) = Vector256.Widen(Vector256.Create(weights));
                    var from = Vector256.Create(score);
                    var (s0, s1, s8) = (from + low, from + high, score + weights[8]);
                    var (m0, m1) = (Vector256.GreaterThan(s0, best0), Vector256.GreaterThan(s1, best1));
                    var before = Vector256.Create((double)ypp);
                    (best0, arg0) = (Vector256.ConditionalSelect(m0, s0, best0), Vector256.ConditionalSelect(m0, before, arg0));
                    (best1, arg1) = (Vector256.ConditionalSelect(m1, s1, best1), Vector256.ConditionalSelect(m1, before, arg1));
                    if (s8 > best8) (best8, arg8) = (s8, ypp);
                }
                best0.CopyTo(best);
                best1.CopyTo(best[4..]);
                best[8] = best8;
                arg0.CopyTo(arg);
                arg1.CopyTo(arg[4..]);
                arg[8] = arg8;
                foreach (var y in s_after[yp])
                {
                    if (arg[y] < 0) continue;
                    delta[row + yp * T + y] = best[y] + trans1[yp * T + y] + scores[y];
                    back[row + yp * T + y] = (byte)arg[y];
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
            var next = emit.Slice((i + 1) * T, T);
            var (next0, next1) = (Vector256.Create(next), Vector256.Create(next[4..]));
            for (var y = 0; y < T; y++)
            {
                // Every next tag at once (eight lanes and the ninth alone): the transition weights added in single precision
                // as one tag at a time added them, then the next token's score and its backward score; the tags y forbids
                // after it are left out of the maximum.
                var after = beta.AsSpan(nextRow + y * T, T);
                var (after0, after1) = (Vector256.Create<double>(after), Vector256.Create<double>(after[4..]));
                var single = trans1.Slice(y * T, T);
                var (mask0, mask1, allowed8) = s_afterMask[y];
                for (var yp = 0; yp <= T; yp++)
                {
                    // A state the tag set forbids has no forward score, so its backward score is never read.
                    if (!NerTags.Allowed(yp, y)) continue;
                    var pair = trans2.Slice((yp * (T + 1) + y) * T, T);
                    var (low, high) = Vector256.Widen(Vector256.Create(single) + Vector256.Create(pair));
                    var best = Vector256.Max(
                        Vector256.ConditionalSelect(mask0, low + next0 + after0, s_minus),
                        Vector256.ConditionalSelect(mask1, high + next1 + after1, s_minus));
                    var top = Math.Max(Math.Max(best[0], best[1]), Math.Max(best[2], best[3]));
                    if (allowed8) top = Math.Max(top, (double)(single[8] + pair[8]) + next[8] + after[8]);
                    beta[row + yp * T + y] = top;
                }
            }
        }
        var marginals = work.Marginals(n * T);
        Array.Fill(marginals, double.NegativeInfinity, 0, n * T);
        for (var i = from; i < n; i++)
        {
            var (best0, best1, best8) = (s_minus, s_minus, double.NegativeInfinity);
            for (var yp = 0; yp <= T; yp++)
            {
                var at = i * states + yp * T;
                var forward = delta.AsSpan(at, T);
                var backward = beta.AsSpan(at, T);
                best0 = Vector256.Max(best0, Vector256.Create<double>(forward) + Vector256.Create<double>(backward));
                best1 = Vector256.Max(best1, Vector256.Create<double>(forward[4..]) + Vector256.Create<double>(backward[4..]));
                best8 = Math.Max(best8, forward[8] + backward[8]);
            }
            best0.CopyTo(marginals.AsSpan(i * T));
            best1.CopyTo(marginals.AsSpan(i * T + 4));
            marginals[i * T + 8] = best8;
        }
        return marginals.AsSpan(0, n * T);
    }
}
