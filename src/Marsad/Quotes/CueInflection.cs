using Marsad.Text.Morphology;

namespace Marsad.Quotes;

/// <summary>
/// The forms of a verb of saying the quote lexicon reads, so that it lists each verb once: the persons
/// <see cref="VerbInflection"/> makes that report a speaker — he, she, they (singular, dual, plural) and we, and in the
/// present also I — and the participle's gender and number. The feminine plural (قلن) and the plural "you" are left out:
/// news copy attributes almost nothing to them, and every extra form is one more word a quote could open on by mistake.
/// </summary>
public static class CueInflection
{
    /// <summary>Past forms from the perfect as written (قال، نفى، تنبأ): he, she, they two (f), they (m), they two (m),
    /// we. Returns (form, feminine).</summary>
    public static IEnumerable<(string Form, bool Feminine)> Past(string past) =>
        VerbInflection.Perfect(past).Where(Reports).Select(f => (f.Form, f.Feminine));

    /// <summary>Present forms from the 3rd person masculine (يقول): ي/ت/ن/ا prefixes and the plural and dual endings.</summary>
    public static IEnumerable<(string Form, bool Feminine)> Present(string present) =>
        present.Length < 3 || present[0] != 'ي'
            ? []
            : VerbInflection.Imperfect(present).Where(Reports).Select(f => (f.Form, f.Feminine));

    private static bool Reports(VerbForm form) => form.Person != VerbPerson.Second && !(form.Feminine && form.Plural);

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
