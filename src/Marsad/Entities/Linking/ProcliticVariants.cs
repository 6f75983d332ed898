using Marsad.Text.Morphology;

namespace Marsad.Entities.Linking;

/// <summary>
/// The readings of a word key with attached proclitics taken off, for gazetteer lookup only: و/ف, then ب/ل/ك, and
/// لل → ال (للأمم → الأمم) as well as ل (للبنان → لبنان). The unstripped key comes first. Every reading is offered, not
/// the segmenter's one analysis, because here the gazetteer itself decides: a stripped reading counts only if it is a
/// listed name, so وزير never becomes و + زير unless زير were a name. The letters are the segmenter's
/// (<see cref="CliticSegmenter.WithoutConjunction(ReadOnlySpan{char}, int)"/>, its prepositions and article).
/// </summary>
internal static class ProcliticVariants
{
    public static (string Key, int Stripped)[] Of(string key)
    {
        var rest = CliticSegmenter.WithoutConjunction(key.AsSpan(), 2);
        var afterConjunction = key.Length - rest.Length;
        var preposition = CliticSegmenter.OpensWithPreposition(rest, 2);
        // للأمم is ل + الأمم with the article's alef dropped; للبنان is ل + لبنان.
        var fused = preposition && CliticSegmenter.OpensWithLamBeforeArticle(rest);
        if (afterConjunction == 0 && !preposition) return [(key, 0)];
        var variants = new (string, int)[1 + afterConjunction + (preposition ? 1 : 0) + (fused ? 1 : 0)];
        var n = 0;
        variants[n++] = (key, 0);
        if (afterConjunction == 1) variants[n++] = (key[1..], 1);
        if (fused) variants[n++] = (string.Concat(CliticSegmenter.Article.AsSpan(0, 1), rest[1..]), afterConjunction + 1);
        if (preposition) variants[n] = (rest[1..].ToString(), afterConjunction + 1);
        return variants;
    }

    /// <summary>
    /// Whether <paramref name="variant"/> is the reading with the article's alef put back (للأمم → الأمم): the stripped
    /// letters end in the preposition ل and the word's next ل is the article's, so a name read from the text needs that alef.
    /// </summary>
    public static bool IsFusedArticle(string key, string variant, int stripped) => variant.Length > key.Length - stripped;
}
