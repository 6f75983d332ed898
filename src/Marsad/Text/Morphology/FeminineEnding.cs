namespace Marsad.Text.Morphology;

/// <summary>
/// The written endings of a feminine noun: ة of the singular («الحكومة») and ات of the sound feminine plural
/// («السلطات»). Read on the display-normalized form, which keeps ة apart from ه (the matching key folds them). Each
/// caller sets the shortest word it reads: short words in ة or ات are often no feminine noun («ثمة», «بات», «ثبات»),
/// and how short a word may still be read depends on what else the caller knows of it.
/// </summary>
public static class FeminineEnding
{
    private const char TaMarbuta = 'ة';

    /// <summary>Whether the written word ends in ة and has at least <paramref name="minSingular"/> letters, or ends in
    /// ات and has at least <paramref name="minPlural"/>.</summary>
    public static bool Shows(string written, int minSingular, int minPlural) =>
        written.Length >= minSingular && written.EndsWith(TaMarbuta)
        || SoundPluralEnding.FemininePlural(written, minPlural);
}
