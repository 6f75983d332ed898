namespace Marsad.Entities.Linking;

/// <summary>
/// A word the morphology reads as an imperfect verb of the third person in the dual or the plural («القاهرة والخرطوم
/// توقعان», «سيناقشان», «يطالبون»): the prefix ي or ت (after و، ف and the future س), a stem of three letters or more and the
/// ending ان or ون. The tagger, seeing such a verb right after names, reads it as one more name. Transliterated names
/// share the shape (تومسون، تشارلتون، تركمستان, and with a two-letter stem تطوان، يونان، يعلون), so the shape alone says
/// nothing: the verb's singular is the evidence, the stem with ي and with ت both written in news (يوقع and توقع, يطالب
/// and تطالب), which no such name has (يومس, تومس). A stem
/// of fewer than three letters between prefix and ending is never read as a verb.
/// </summary>
internal static class InflectedVerb
{
    // The person prefixes of the imperfect's third person: masculine ي, feminine (and the dual of states) ت.
    private const char Masculine = 'ي';
    private const char Feminine = 'ت';

    // The dual and the masculine plural endings of the imperfect indicative.
    private static readonly string[] s_endings = ["ان", "ون"];

    // A conjunction and the future particle written on the verb (وتوقعان، سيطالبون، وسيناقشان).
    private const string Conjunctions = "وف";
    private const char Future = 'س';

    private const int ShortestStem = 3;

    /// <summary>Whether the word with matching key <paramref name="key"/> reads as a dual or plural imperfect verb.</summary>
    public static bool IsDualOrPluralImperfect(string key)
    {
        var word = key.AsSpan();
        if (word.Length > 0 && Conjunctions.Contains(word[0])) word = word[1..];
        if (word.Length > 0 && word[0] == Future) word = word[1..];
        if (word.Length < ShortestStem + 3 || word[0] is not (Masculine or Feminine)) return false;
        foreach (var ending in s_endings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = word[1..^ending.Length].ToString();
            return NameWordEvidence.FrequencyBin(Masculine + stem) >= 0 && NameWordEvidence.FrequencyBin(Feminine + stem) >= 0;
        }
        return false;
    }
}
