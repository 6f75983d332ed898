using Marsad.Text.Morphology;

namespace Marsad.Entities.Linking;

/// <summary>
/// A word the morphology reads as an imperfect verb of the third person in the dual or the plural («القاهرة والخرطوم
/// توقعان», «سيناقشان», «يطالبون»): the prefix ي or ت (after و، ف and the future س), a stem of three letters or more and the
/// ending ان or ون. The tagger, seeing such a verb right after names, reads it as one more name. Transliterated names
/// share the shape (تومسون، تشارلتون، تركمستان, and with a two-letter stem تطوان، يونان، يعلون), so the shape alone says
/// nothing: the verb's singular is the evidence, the stem with ي and with ت both written in news (يوقع and توقع, يطالب
/// and تطالب), which no such name has (يومس, تومس). A stem
/// of fewer than three letters between prefix and ending is never read as a verb. The same evidence reads a masculine
/// imperfect of any number (<see cref="IsMasculineImperfect"/>) for the quote step.
/// </summary>
internal static class InflectedVerb
{
    private const int ShortestStem = 3;

    // «يصل», «يعد»: a singular verb's stem may have two letters; the evidence, not the length, keeps names out.
    private const int ShortestSingularStem = 2;

    /// <summary>Whether the word with matching key <paramref name="key"/> reads as a dual or plural imperfect verb.</summary>
    public static bool IsDualOrPluralImperfect(string key)
    {
        foreach (var ending in (string[])[ImperfectVerbShape.Dual, ImperfectVerbShape.Plural])
        {
            var stem = ImperfectVerbShape.Stem(key, ending, ShortestStem);
            if (stem.IsEmpty) continue;
            return ImperfectVerbShape.WrittenWithBothPrefixes(stem);
        }
        return false;
    }

    /// <summary>
    /// Whether the word with matching key <paramref name="key"/> reads as a third-person masculine imperfect of any number
    /// («يصل», «ويقول», «سيعود», «يطالبون»): the prefix ي (after و، ف and the future س) and a stem news also writes with ت.
    /// The nouns and names in ي have no such twin (يناير، يوسف، يهود: no تناير، توسف، تهود); the few that have one (يوم، يونس)
    /// are the evidence's known cost. Feminine ت-words are not asked: nouns in ت are many (تقرير، تصريح).
    /// </summary>
    public static bool IsMasculineImperfect(string key)
    {
        var stem = ImperfectVerbShape.Stem(key, "", ShortestSingularStem);
        return !stem.IsEmpty && key[key.Length - stem.Length - 1] == 'ي' && (ImperfectVerbShape.WrittenWithBothPrefixes(stem) || IsDualOrPluralImperfect(key));
    }

    private const int TriliteralPerfect = 3;

    /// <summary>
    /// Whether the word with matching key <paramref name="key"/> reads as a perfect of three letters («شهد», «وبلغ»): news
    /// writes its imperfects with ي and with ت (يشهد، تشهد). Many such words are nouns too (عمل، نقل، حكم) and given names
    /// (سعد، حسن: never read as verbs here), so a reader asks only where an indefinite noun cannot stand.
    /// </summary>
    public static bool IsTriliteralPerfect(string key)
    {
        if (key.Length == TriliteralPerfect + 1 && key[0] is 'و' or 'ف') key = key[1..];
        return key.Length == TriliteralPerfect && !NameWordEvidence.IsGivenName(key) && ImperfectVerbShape.WrittenWithBothPrefixes(key);
    }

    // The endings of person and number a perfect takes (سمحوا، قللت، استخدمتا), longest first; "" for the bare stem.
    private static readonly string[] PerfectEndings = ["تما", "تم", "وا", "تا", "نا", "ت", "ا", ""];

    // A perfect's stem of fewer letters is read as no verb: short transliterated names share such shapes.
    private const int ShortestPerfectStem = 3;

    /// <summary>
    /// Whether the word with matching key <paramref name="key"/> reads as a perfect verb of any form and person («ارتفع»,
    /// «سمحوا», «قللت», «استخدموا»): an ending of person and number taken off, and the ا of the derived forms (ارتفع، انسحب،
    /// استخدم), news writes the stem with ي and with ت as its imperfect (يرتفع، ترتفع). A transliterated name has no such
    /// imperfects (نيستور: no ينيستور); given names (سعد، حسن) are never asked.
    /// </summary>
    public static bool IsPerfect(string key)
    {
        if (NameWordEvidence.IsGivenName(key)) return false;
        foreach (var ending in PerfectEndings)
        {
            if (!key.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = key.AsSpan(0, key.Length - ending.Length);
            if (stem.Length >= ShortestPerfectStem && ImperfectVerbShape.WrittenWithBothPrefixes(stem)) return true;
            if (stem.Length > ShortestPerfectStem && stem[0] == 'ا' && ImperfectVerbShape.WrittenWithBothPrefixes(stem[1..])) return true;
        }
        return false;
    }

    private const int CausativePerfect = 4;

    /// <summary>
    /// Whether the word with matching key <paramref name="key"/> reads as a perfect of the causative form أفعل («أجرى»,
    /// «أعلن», «أكد»): ا (the folded hamza) before a stem news writes with ي and with ت as its imperfect (يجري، تجري).
    /// Given names share the shape (أحمد، أكرم، أشرف: never read as verbs here); no other name has both imperfects.
    /// </summary>
    public static bool IsCausativePerfect(string key) =>
        key.Length == CausativePerfect && key[0] == 'ا' && !NameWordEvidence.IsGivenName(key)
        && ImperfectVerbShape.WrittenWithBothPrefixes(key.AsSpan(1));

    // «سيعد» has a two-letter stem; among such short words after س are names (ستيف، سنان), so three letters at least.
    private const int ShortestFutureStem = 3;

    /// <summary>
    /// Whether the word reads as an imperfect verb with the future س («ستتضمن», «سيقاتل», «وسنواصل», «سأقوم»): what follows
    /// س (after و or ف) is an imperfect by <see cref="ImperfectVerbShape.IsImperfect"/>, or the first person أ (written
    /// with its hamza, <paramref name="normalized"/>) before a stem news writes with ي and with ت. No name takes the
    /// future (سالم، ستيف، سابك: their rest is no verb); a given name is never asked.
    /// </summary>
    public static bool IsFutureImperfect(string key, string normalized)
    {
        var at = key.Length > 4 && key[0] is 'و' or 'ف' ? 1 : 0;
        if (key.Length - at < ShortestFutureStem + 2 || key[at] != 'س' || normalized.Length != key.Length || NameWordEvidence.IsGivenName(key))
            return false;
        var verb = key.AsSpan(at + 1);
        return normalized[at + 1] == 'أ' ? ImperfectVerbShape.WrittenWithBothPrefixes(verb[1..]) : ImperfectVerbShape.IsImperfect(verb);
    }
}
