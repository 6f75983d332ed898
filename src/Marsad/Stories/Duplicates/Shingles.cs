namespace Marsad.Stories.Duplicates;

/// <summary>
/// Word shingles: every run of <c>size</c> consecutive words, hashed to 64 bits. A text shorter than one shingle has
/// one shingle of all its words, so a short caption still compares with its copies.
/// </summary>
public static class Shingles
{
    /// <summary>The hash of each shingle in text order (position i = the shingle starting at word i).</summary>
    public static ulong[] Hashes(IReadOnlyList<string> words, int size)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (words.Count == 0) return [];
        var count = Math.Max(1, words.Count - size + 1);
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var hash = Fnv.Offset;
            for (var j = i; j < Math.Min(words.Count, i + size); j++)
            {
                hash = Fnv.Add(hash, words[j]);
                hash = Fnv.Add(hash, ' ');
            }
            hashes[i] = Fnv.Mix(hash);
        }
        return hashes;
    }

    /// <summary>The distinct shingle hashes, sorted: the set MinHash and the exact scores work on.</summary>
    public static ulong[] Set(IReadOnlyList<string> words, int size)
    {
        var hashes = Hashes(words, size);
        Array.Sort(hashes);
        var distinct = 0;
        for (var i = 0; i < hashes.Length; i++)
            if (i == 0 || hashes[i] != hashes[i - 1]) hashes[distinct++] = hashes[i];
        return hashes[..distinct];
    }
}
