using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>
/// What the passes know of the words around and inside a person's name.
/// </summary>
internal static class NameWords
{
    // Name particles: inside a name they do not count as one of its words (محمد بن سلمان، عبد الله).
    public static readonly HashSet<string> Particles = ["بن", "بنت", "ابو", "ابن", "عبد", "ال"];

    // After an office, these make it a past holder (الرئيس الأمريكي الأسبق): only a name next to it says who.
    public static readonly HashSet<string> Former = ["السابق", "السابقه", "الاسبق", "الراحل", "الراحله"];

    // Words that may stand between an office and its holder's name: الرئيس الأمريكي الجديد جو بايدن.
    public static readonly HashSet<string> OfficeModifiers = ["السابق", "السابقه", "الاسبق", "الراحل", "الراحله", "الحالي", "الحاليه", "الجديد", "الجديده"];

    // للجمهورية، بمناسبة: a word the segmenter splits into a preposition or the article does not start a name
    // (a family name may still look like one: باليغ). A word that begins with the article is definite. A preposition or
    // an article after و/ف counts only when the word with those letters taken off, enclitics and all, is a form news
    // writes: كارولينا، ليفاندوفسكي، بيرنارد, كاترينا (ك + اتري + نا: a rare base, but اترينا is written nowhere) and
    // فاليريا (ف + ال + يريا) are transliterated names read whole; بمناسبتها (مناسبتها) and والحكومة (الحكومة) are not.
    public static bool HasPrepositionOrArticle(ScanState s, int token) =>
        s.Input.Words is { } words && token < words.Count && words[token] is { } analysis
        && (analysis.IsDefinite && s.Key(token).StartsWith("ال", StringComparison.Ordinal)
            || analysis.Proclitics.Any(p => p is "ال" or "ب" or "ل" or "ك")
               && s.Variants(token).Any(v => v.Stripped > 0 && NameWordEvidence.FrequencyBin(v.Key) >= 0));

    // A word frequent in news and no given name, whether or not it carries a proclitic (بفرح، وكاد).
    public static bool IsFrequentWord(ScanState s, int token) =>
        s.IsArabicWord(token) && s.Variants(token)[0] is var (key, _) && NameWordEvidence.IsFrequentNonName(key);
}
