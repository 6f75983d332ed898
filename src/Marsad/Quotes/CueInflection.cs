namespace Marsad.Quotes;

/// <summary>
/// Derives the person, gender and number forms of a verb of saying from its dictionary forms, in matching-key
/// spelling (أ/إ → ا, ى → ي, ة → ه), so the lexicon lists each verb once. Regular suffixes suffice for these verbs: the
/// hollow ones keep their long vowel in the third person (قال قالت قالوا), and the defective ones (نفى، رأى، ادعى)
/// drop their last letter before a suffix (نفت نفوا، يرون).
/// </summary>
public static class CueInflection
{
    /// <summary>Past forms: he, she, they (m/f, dual), I/you, we. Returns (form, feminine).</summary>
    public static IEnumerable<(string Form, bool Feminine)> Past(string past)
    {
        yield return (past, false);
        var defective = past.EndsWith('ي');
        var stem = defective ? past[..^1] : past;
        yield return (stem + "ت", true);
        yield return (stem + "تا", true);
        yield return (stem + "وا", false);
        yield return (defective ? stem + "يا" : stem + "ا", false);
        yield return (defective ? stem + "ينا" : stem + "نا", false);
    }

    /// <summary>Present forms from the 3rd person masculine (يقول): ي/ت/ن/ا prefixes and the plural and dual endings.</summary>
    public static IEnumerable<(string Form, bool Feminine)> Present(string present)
    {
        if (present.Length < 3 || present[0] != 'ي') yield break;
        var body = present[1..];
        var defective = body.EndsWith('ي');
        var plainBody = defective ? body[..^1] : body;
        yield return (present, false);
        yield return ("ت" + body, true);
        yield return ("ن" + body, false);
        yield return ("ا" + body, false);
        yield return ("ي" + plainBody + "ون", false);
        yield return ("ي" + plainBody + (defective ? "يان" : "ان"), false);
        yield return ("ت" + plainBody + (defective ? "يان" : "ان"), true);
    }

    /// <summary>Whether the verb form <paramref name="form"/> (with و/ف) is a masculine plural of the third person: the
    /// imperfect in ون (يقولون) or the perfect in وا (قالوا), as <see cref="Present"/> and <see cref="Past"/> write them.</summary>
    public static bool IsPluralVerb(string form) => form.Length > 3 && (form.EndsWith("ون", StringComparison.Ordinal) || form.EndsWith("وا", StringComparison.Ordinal));

    /// <summary>Whether <paramref name="form"/> is a plural of the participle (مضيفين، مضيفات) whose masculine accusative is
    /// <paramref name="participle"/>.</summary>
    public static bool IsPluralParticiple(string form, string participle)
    {
        var stem = participle.EndsWith('ا') ? participle[..^1] : participle;
        return form == stem + "ين" || form == stem + "ات";
    }

    /// <summary>Participle forms from the masculine accusative (مضيفا): feminine مضيفه (key of مضيفة), plural مضيفين.</summary>
    public static IEnumerable<(string Form, bool Feminine)> Participle(string participle)
    {
        var stem = participle.EndsWith('ا') ? participle[..^1] : participle;
        yield return (stem + "ا", false);
        yield return (stem + "ه", true);
        yield return (stem + "ين", false);
        yield return (stem + "ات", true);
    }
}
