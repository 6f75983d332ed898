namespace Marsad.Entities.Linking;

/// <summary>
/// The readings of a word key with attached proclitics taken off, for gazetteer lookup only: و/ف, then ب/ل/ك, and
/// لل → ال (للأمم → الأمم) as well as ل (للبنان → لبنان). The unstripped key comes first. Hand-written rather than taken from the text layer's
/// segmenter because here the gazetteer itself decides: a stripped reading counts only if it is a listed name,
/// so وزير never becomes و + زير unless زير were a name.
/// </summary>
internal static class ProcliticVariants
{
    public static IEnumerable<(string Key, int Stripped)> Of(string key)
    {
        yield return (key, 0);
        var afterConjunction = key.Length > 2 && key[0] is 'و' or 'ف' ? 1 : 0;
        if (afterConjunction == 1) yield return (key[1..], 1);
        var rest = key[afterConjunction..];
        if (rest.Length > 2 && rest[0] is 'ب' or 'ل' or 'ك')
        {
            // للأمم is ل + الأمم with the article's alef dropped; للبنان is ل + لبنان.
            if (rest[0] == 'ل' && rest[1] == 'ل') yield return ("ا" + rest[1..], afterConjunction + 1);
            yield return (rest[1..], afterConjunction + 1);
        }
    }

    /// <summary>
    /// Whether <paramref name="variant"/> is the reading with the article's alef put back (للأمم → الأمم): the stripped
    /// letters end in the preposition ل and the word's next ل is the article's, so a name read from the text needs that alef.
    /// </summary>
    public static bool IsFusedArticle(string key, string variant, int stripped) => variant.Length > key.Length - stripped;
}
