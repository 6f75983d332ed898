namespace Marsad.Stories.Duplicates;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: the signature is cut into <see cref="Bands"/> bands of
/// <see cref="Rows"/> values, and each band hashed to one bucket key (the band's number is part of the key, so one
/// table holds every band). Two sets of Jaccard similarity s share at least one bucket with probability
/// 1 − (1 − s^rows)^bands, an S-curve whose steep part sits near (1/bands)^(1/rows). Adding an article writes
/// <see cref="Bands"/> bucket rows and looks up as many: its cost does not depend on how many articles are stored.
/// </summary>
public sealed class LshBands
{
    public LshBands(int bands, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        Bands = bands;
        Rows = rows;
    }

    public int Bands { get; }

    public int Rows { get; }

    public int SignatureLength => Bands * Rows;

    /// <summary>The similarity at which a pair becomes a candidate with probability about one half.</summary>
    public double Threshold => Math.Pow(1.0 / Bands, 1.0 / Rows);

    /// <summary>The probability that a pair of Jaccard similarity <paramref name="jaccard"/> shares a bucket.</summary>
    public double CandidateProbability(double jaccard) => 1 - Math.Pow(1 - Math.Pow(jaccard, Rows), Bands);

    public long[] BucketKeys(ReadOnlySpan<uint> signature)
    {
        if (signature.Length != SignatureLength)
            throw new ArgumentException($"A signature of {signature.Length} values does not fill {Bands} bands of {Rows} rows.");
        var keys = new long[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var hash = Fnv.Add(Fnv.Offset, (ulong)band);
            for (var row = 0; row < Rows; row++) hash = Fnv.Add(hash, signature[band * Rows + row]);
            keys[band] = (long)Fnv.Mix(hash);
        }
        return keys;
    }
}
