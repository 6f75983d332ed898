namespace Marsad.Stories.Duplicates;

/// <summary>
/// MinHash signatures: for each of <see cref="Permutations"/> hash functions, the least value over a set's shingle
/// hashes. The probability that two sets agree at one position is their Jaccard similarity. Each function is a
/// multiply-add on the 64-bit shingle hash keeping the high 32 bits (multiply-shift hashing: universal enough for
/// MinHash, and one multiplication per shingle and function). Coefficients come from a fixed SplitMix64 stream, so
/// signatures are identical on every run and machine and can be stored.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _multipliers;
    private readonly ulong[] _addends;

    public MinHasher(int permutations, ulong seed = 0x6D61727361645F31UL)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 1);
        _multipliers = new ulong[permutations];
        _addends = new ulong[permutations];
        var state = seed;
        for (var i = 0; i < permutations; i++)
        {
            _multipliers[i] = Next(ref state) | 1UL; // odd: a bijection on 64-bit words
            _addends[i] = Next(ref state);
        }
    }

    public int Permutations => _multipliers.Length;

    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[_multipliers.Length];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var value = (uint)((_multipliers[i] * shingle + _addends[i]) >> 32);
                if (value < signature[i]) signature[i] = value;
            }
        }
        return signature;
    }

    /// <summary>The share of positions where two signatures agree: an unbiased estimate of the sets' Jaccard similarity.</summary>
    public static double EstimateJaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("Signatures of different lengths come from different hashers.");
        var same = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return a.Length == 0 ? 0 : (double)same / a.Length;
    }

    private static ulong Next(ref ulong state) => Fnv.Mix(state += 0x9E3779B97F4A7C15UL);
}
