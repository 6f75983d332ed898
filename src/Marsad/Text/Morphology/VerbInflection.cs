namespace Marsad.Text.Morphology;

/// <summary>Who a verb form speaks of.</summary>
public enum VerbPerson { First, Second, Third }

/// <summary>One person form of a verb in matching-key spelling, with its person, gender and number.</summary>
public readonly record struct VerbForm(string Form, VerbPerson Person, bool Feminine, bool Dual, bool Plural);

/// <summary>
/// Derives the person, gender and number forms of a verb from its dictionary forms (the third person masculine singular
/// of the perfect and the imperfect), in matching-key spelling (أ/إ → ا, ى → ي, ة → ه), so that a lexicon lists each verb
/// once. Regular suffixes suffice for the verbs the lexicons list: hollow verbs keep their long vowel in the third person
/// (قال قالت قالوا); a weak last letter gives way to the endings of the third person (نفت نفوا، دعت دعوا، يرون) and
/// comes back as ي or و before the first and second persons' (نفينا، دعونا); a final hamza (هنأ، تنبأ) is a consonant the
/// endings follow (هنأت), though its key ends in ا. The first and second person singular of the perfect are not made:
/// none of the lexicons reads them, and a hollow verb shortens its vowel there (قلت), which suffixes alone do not give.
/// Hand-written because no library at hand conjugates Arabic verbs.
/// </summary>
public static class VerbInflection
{
    /// <summary>Forms of the perfect from its dictionary form as written (<paramref name="perfect"/>: نفى، قال، هنأ), in
    /// this order: he, she, they two (f), they (m), they two (m), they (f), we, you (pl).</summary>
    public static IEnumerable<VerbForm> Perfect(string perfect)
    {
        var p = Normalization.MatchingKey.Of(perfect.Trim());
        var finalHamza = perfect.TrimEnd().EndsWith('أ');
        var weak = !finalHamza && p.Length > 1 && p[^1] is 'ي' or 'ا' ? p[^1] : '\0';
        var stem = weak == '\0' ? p : p[..^1];
        // Before the endings that start with ن or ت of a speaker or addressee the weak letter is ي or و again.
        var restored = weak switch { 'ي' => stem + "ي", 'ا' => stem + "و", _ => p };
        yield return new(p, VerbPerson.Third, false, false, false);
        yield return new(stem + "ت", VerbPerson.Third, true, false, false);
        yield return new(stem + "تا", VerbPerson.Third, true, true, false);
        yield return new(stem + "وا", VerbPerson.Third, false, false, true);
        yield return new(weak == 'ا' ? stem + "وا" : p + "ا", VerbPerson.Third, false, true, false);
        yield return new(restored + "ن", VerbPerson.Third, true, false, true);
        yield return new(restored + "نا", VerbPerson.First, false, false, true);
        yield return new(restored + "تم", VerbPerson.Second, false, false, true);
    }

    /// <summary>Forms of the imperfect from its third person masculine singular (<paramref name="imperfect"/>: يقول،
    /// ينفي، يدعو; one given without its ي is taken as the stem), in this order: he, she (also you), we, I, they (m),
    /// they two (m), they two (f, also you two), you (pl).</summary>
    public static IEnumerable<VerbForm> Imperfect(string imperfect)
    {
        var y = Normalization.MatchingKey.Of(imperfect.Trim());
        var body = y.Length > 1 && y[0] == 'ي' ? y[1..] : y;
        var plural = body[^1] is 'ي' or 'و' ? body[..^1] : body;
        yield return new(y, VerbPerson.Third, false, false, false);
        yield return new("ت" + body, VerbPerson.Third, true, false, false);
        yield return new("ن" + body, VerbPerson.First, false, false, true);
        yield return new("ا" + body, VerbPerson.First, false, false, false);
        yield return new("ي" + plural + "ون", VerbPerson.Third, false, false, true);
        yield return new("ي" + body + "ان", VerbPerson.Third, false, true, false);
        yield return new("ت" + body + "ان", VerbPerson.Third, true, true, false);
        yield return new("ت" + plural + "ون", VerbPerson.Second, false, false, true);
    }
}
