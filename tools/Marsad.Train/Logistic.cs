using System.Globalization;

namespace Marsad.Train;

/// <summary>
/// Logistic regression fitted by Newton's method (iteratively reweighted least squares) with an L2 penalty on the
/// weights (not the bias): few features, thousands of pairs, converges in a handful of steps, deterministic, no library.
/// Positives are weighted up to balance the classes (same-event pairs are about one in a thousand), so the model's
/// probability is that of a balanced sample; the clustering threshold on it is chosen separately, on the same half.
/// </summary>
internal static class Logistic
{
    /// <param name="sampleWeights">Each sample's weight (null: 1 each); positives are then balanced by summed weights.</param>
    public static double[] Fit(List<(double[] Features, bool Positive)> samples, string l2Text, int iterations = 50, IReadOnlyList<double>? sampleWeights = null)
    {
        var l2 = double.Parse(l2Text, CultureInfo.InvariantCulture);
        var d = samples[0].Features.Length + 1;
        var w = new double[d];
        double WeightOf(int i) => sampleWeights?[i] ?? 1;
        var positives = Enumerable.Range(0, samples.Count).Where(i => samples[i].Positive).Sum(WeightOf);
        var negatives = Enumerable.Range(0, samples.Count).Where(i => !samples[i].Positive).Sum(WeightOf);
        var positiveWeight = negatives / Math.Max(sampleWeights is null ? 1 : double.Epsilon, positives);
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var i = 0; i < samples.Count; i++)
            {
                var (features, y) = samples[i];
                var x = Row(features);
                var z = 0.0;
                for (var k = 0; k < d; k++) z += w[k] * x[k];
                var p = 1 / (1 + Math.Exp(-z));
                var weight = (y ? positiveWeight : 1) * WeightOf(i);
                for (var k = 0; k < d; k++)
                {
                    gradient[k] += weight * (p - (y ? 1 : 0)) * x[k];
                    for (var m = 0; m < d; m++) hessian[k, m] += weight * p * (1 - p) * x[k] * x[m];
                }
            }
            for (var k = 1; k < d; k++)
            {
                gradient[k] += l2 * samples.Count * w[k];
                hessian[k, k] += l2 * samples.Count;
            }
            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var k = 0; k < d; k++)
            {
                w[k] -= step[k];
                change = Math.Max(change, Math.Abs(step[k]));
            }
            if (change < 1e-6) break;
        }
        return w;
    }

    private static double[] Row(double[] features)
    {
        var x = new double[features.Length + 1];
        x[0] = 1;
        features.CopyTo(x, 1);
        return x;
    }

    /// <summary>Gaussian elimination with partial pivoting (the system is small and positive definite).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++) if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            for (var c = 0; c < n; c++) (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
            (v[col], v[pivot]) = (v[pivot], v[col]);
            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                for (var c = col; c < n; c++) m[r, c] -= f * m[col, c];
                v[r] -= f * v[col];
            }
        }
        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = v[r];
            for (var c = r + 1; c < n; c++) s -= m[r, c] * x[c];
            x[r] = s / m[r, r];
        }
        return x;
    }
}
