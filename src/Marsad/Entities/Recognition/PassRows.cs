namespace Marsad.Entities.Recognition;

/// <summary>
/// A feature's weight rows in the two passes of a model (<see cref="NerModel.SecondPass"/>), −1 where a pass has none.
/// The passes are trained on the same features, so most hashes either pass knows the other knows too: one probe of a
/// table of both (<see cref="NerModel.BothPasses"/>) answers both, where two tables cost two probes, each a cache miss.
/// </summary>
internal readonly record struct PassRows(int First, int Second)
{
    public static readonly PassRows None = new(-1, -1);

    /// <summary>The row of pass 0 (the first) or 1 (the second).</summary>
    public int Of(int pass) => pass == 0 ? First : Second;
}
