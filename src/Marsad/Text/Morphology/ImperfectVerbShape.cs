namespace Marsad.Text.Morphology;

/// <summary>
/// The written shape of a third-person imperfect verb with a person ending: an optional conjunction و or ف, an optional
/// future س, the person prefix ي (masculine) or ت (feminine, and the dual of states), a stem, and the ending — ان of the
/// dual («يتبادلان», «ستتبادلان», «وتوقعان»), ون of the masculine plural («سيطالبون»). The shape alone does not make a verb:
/// transliterated names share it (تطوان، يونان، تومسون), so each reader asks for the stem length its use can trust, and
/// may ask for more evidence. One place for the shape the event, time and entity steps read.
/// </summary>
public static class ImperfectVerbShape
{
    public const string Dual = "ان";
    public const string Plural = "ون";

    /// <summary>The stem of <paramref name="key"/> (a matching key) when it has the shape with <paramref name="ending"/>
    /// and a stem of at least <paramref name="shortestStem"/> letters, else an empty span.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> key, string ending, int shortestStem)
    {
        key = CliticSegmenter.WithoutConjunction(key, 4);
        if (key.Length > 0 && key[0] == 'س') key = key[1..];
        if (key.Length < shortestStem + 1 + ending.Length || key[0] is not ('ي' or 'ت') || !key.EndsWith(ending, StringComparison.Ordinal))
            return [];
        return key[1..^ending.Length];
    }

    /// <summary>
    /// Whether <paramref name="key"/> (a matching key) reads as an imperfect verb of any person and number without a
    /// person ending («تشهد», «يواجه», «نواصل», «وستبقى»): the prefix ي, ت or ن (after و، ف and the future س) and a stem
    /// of two letters or more that news writes with both ي and ت. Nouns in ت (تقرير، تحت) and accusatives in ا («نقلا»)
    /// have no such twin.
    /// </summary>
    internal static bool IsImperfect(ReadOnlySpan<char> key)
    {
        key = CliticSegmenter.WithoutConjunction(key, 4);
        if (key.Length > 3 && key[0] == 'س') key = key[1..];
        return key.Length >= 3 && key[0] is 'ي' or 'ت' or 'ن' && WrittenWithBothPrefixes(key[1..]);
    }

    /// <summary>
    /// Whether <paramref name="key"/> (a matching key) may as well be the perfect of a verb whose stem opens with ت, the
    /// fifth and sixth forms («تعهد», «تبنى», «تظاهر»): a word in ت that news also writes with the imperfect's ي before it
    /// («يتعهد»). «تفرض» and «تتعرض» have no such twin.
    /// </summary>
    internal static bool MayBeTPerfect(ReadOnlySpan<char> key)
    {
        key = CliticSegmenter.WithoutConjunction(key, 4);
        return key.Length >= 3 && key[0] == 'ت' && FrequentForms.Bin(string.Concat("ي", key)) >= 0;
    }

    /// <summary>The verb's evidence: news writes the stem with ي and with ت (يوقع and توقع), which no noun in ت and no
    /// transliterated name does (تقرير has no يقرير, تومسون no يومسون).</summary>
    internal static bool WrittenWithBothPrefixes(ReadOnlySpan<char> stem) =>
        FrequentForms.Bin(string.Concat("ي", stem)) >= 0 && FrequentForms.Bin(string.Concat("ت", stem)) >= 0;

    /// <summary>Whether <paramref name="key"/> has the shape with <paramref name="ending"/> and a stem of at least
    /// <paramref name="shortestStem"/> letters.</summary>
    public static bool Is(ReadOnlySpan<char> key, string ending, int shortestStem) => !Stem(key, ending, shortestStem).IsEmpty;
}
