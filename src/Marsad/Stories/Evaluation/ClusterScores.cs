namespace Marsad.Stories.Evaluation;

/// <summary>
/// Scores of a clustering against gold labels over the same items. B-cubed: per item, precision = share of its
/// predicted cluster that shares its gold label, recall = share of its gold cluster in its predicted cluster, each
/// averaged over items, F1 their harmonic mean. Pairwise: precision and recall over same-cluster item pairs (undefined
/// precision, reported as 0, when nothing is grouped).
/// </summary>
public sealed record ClusterScores(double BcubedPrecision, double BcubedRecall, double BcubedF1, double PairPrecision, double PairRecall, double PairF1, int Clusters)
{
    public static ClusterScores Of(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count) throw new ArgumentException("Gold and predicted labels must cover the same items.");
        var n = gold.Count;
        var goldSize = gold.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        var predSize = predicted.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var both = Enumerable.Range(0, n).GroupBy(i => (gold[i], predicted[i])).ToDictionary(g => g.Key, g => g.Count());
        double p = 0, r = 0;
        for (var i = 0; i < n; i++)
        {
            var shared = both[(gold[i], predicted[i])];
            p += (double)shared / predSize[predicted[i]];
            r += (double)shared / goldSize[gold[i]];
        }
        p /= n;
        r /= n;
        static long Pairs(int size) => (long)size * (size - 1) / 2;
        var truePairs = both.Values.Sum(Pairs);
        var predPairs = predSize.Values.Sum(Pairs);
        var goldPairs = goldSize.Values.Sum(Pairs);
        var pp = predPairs == 0 ? 0 : (double)truePairs / predPairs;
        var pr = goldPairs == 0 ? 0 : (double)truePairs / goldPairs;
        return new ClusterScores(p, r, F1(p, r), pp, pr, F1(pp, pr), predSize.Count);
    }

    private static double F1(double p, double r) => p > 0 && r > 0 ? 2 * p * r / (p + r) : 0;
}
