namespace Marsad.Text.Morphology;

/// <summary>
/// Light stem of a clitic-free base in matching-key form, by the suffix rules of Lucene's <c>ArabicStemmer</c>:
/// ها ان ات ون ين يه ية ه ة ي, tried in that order, each removed when two letters remain after it; and a stem keeps
/// three letters at least (Lucene's two turn بيان into بي). So ايرانيون, ايرانيه and ايراني share ايران.
/// Only the suffix half: prefixes are <see cref="CliticSegmenter"/>'s job, which sees the hamza that the key has
/// folded away (ألبانيا must not lose an "ال" that is not an article).
/// Before those rules, a final alef after three letters or more is dropped: it is the indefinite accusative's tanween
/// alef («دامغاً», «دليلاً», «رسمياً», written with or without the fatḥatān the key folds away), which Lucene keeps, so that
/// دامغا meets دامغة at دامغ and رسميا meets رسمية at رسم. Names ending in a long ا follow the same rule (سوريا and
/// سورية both give سور, ألبانيا and ألبانية البان): a word and its nisba adjective share a stem, as they already did
/// for the spellings with ة. Not before ها, which is the pronoun rule's.
/// The rules are applied here over a span rather than by calling Lucene.NET's <c>StemSuffix</c>, which walks a list
/// of arrays per call and took a quarter of the morphology stage; a test holds the two to the same results.
/// </summary>
public static class LightStemmer
{
    // Lucene's ArabicStemmer.suffixes, in its order.
    private static readonly string[] s_suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

    public static string Stem(string baseKey)
    {
        ArgumentNullException.ThrowIfNull(baseKey);
        var length = StemLength(baseKey);
        return length == baseKey.Length ? baseKey : baseKey[..length];
    }

    /// <summary>The stem as a prefix of the base.</summary>
    internal static ReadOnlySpan<char> StemOf(ReadOnlySpan<char> baseKey) => baseKey[..StemLength(baseKey)];

    /// <summary>Lucene's suffix stripping alone, without our three-letter floor; for comparison in tests.</summary>
    internal static int LuceneSuffixLength(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        foreach (var suffix in s_suffixes)
        {
            if (length >= suffix.Length + 2 && word[..length].EndsWith(suffix)) length -= suffix.Length;
        }
        return length;
    }

    /// <summary>
    /// The stem by the suffix rules alone, keeping a final alef: for the clitic segmenter's test whether a base is a
    /// suffixed form of a listed word, where a final ا is far more often part of a name (كاترينا، سوريا) than the
    /// accusative's, and where dropping it changed segmentations the tagger is trained on (measured: retraining fell from
    /// 0.7281 to 0.7236 test F1).
    /// </summary>
    internal static ReadOnlySpan<char> SuffixStemOf(ReadOnlySpan<char> baseKey) => baseKey[..StemLength(baseKey, dropAccusativeAlef: false)];

    /// <inheritdoc cref="SuffixStemOf"/>
    internal static string SuffixStem(string baseKey) => SuffixStemOf(baseKey).ToString();

    private static int StemLength(ReadOnlySpan<char> baseKey, bool dropAccusativeAlef = true)
    {
        if (baseKey.Length < 3 || baseKey[0] is < '\u0600' or > '\u06FF') return baseKey.Length;
        var word = dropAccusativeAlef && baseKey.Length >= 4 && baseKey[^1] == 'ا' && baseKey[^2] != 'ه' ? baseKey[..^1] : baseKey;
        var length = LuceneSuffixLength(word);
        return length < 3 ? word.Length : length;
    }
}
