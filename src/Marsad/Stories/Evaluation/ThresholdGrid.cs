namespace Marsad.Stories.Evaluation;

/// <summary>
/// The thresholds a fit half chooses among (<c>eval-clusters --fit A|B</c>): a fixed grid with the shipped value added
/// when it is not on it, so the fit can choose what is shipped. The shipped story threshold 0.75 (branch story16) was
/// chosen by forcing it on fitted models; a grid of {0.6, 0.7, 0.8, 0.9} could never choose it, so the held-out figures
/// of the chosen setting and of the shipped one came from different rules.
/// </summary>
public static class ThresholdGrid
{
    /// <summary>The grid's values and <paramref name="shipped"/>, each once, ascending.</summary>
    public static double[] WithShipped(IEnumerable<double> grid, double shipped)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return [.. grid.Append(shipped).Distinct().Order()];
    }
}
