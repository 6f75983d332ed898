namespace Marsad.Text.Morphology;

/// <summary>
/// The written endings of a sound plural: ون/ين of the masculine («المسؤولون», «محللين»; the dual's ين too) and ات of the
/// feminine («السلطات»). As with <see cref="FeminineEnding"/>, each caller sets the shortest word it reads: short words in
/// these letters are often a stem's own («دين», «بين», «كون», «بات»), and how short a word may still be read depends on
/// what else the caller knows of it. Works on a display-normalized form or a matching key alike (neither folds these letters).
/// </summary>
public static class SoundPluralEnding
{
    private const string Nominative = "ون";
    private const string Oblique = "ين";
    private const string Feminine = "ات";

    /// <summary>Whether the written word ends in ون or ين and has at least <paramref name="minLength"/> letters.</summary>
    public static bool Masculine(string written, int minLength) =>
        written.Length >= minLength && (written.EndsWith(Nominative, StringComparison.Ordinal) || written.EndsWith(Oblique, StringComparison.Ordinal));

    /// <summary>Whether the written word ends in ون, the nominative (a subject's case), and has at least <paramref name="minLength"/> letters.</summary>
    public static bool MasculineNominative(string written, int minLength) =>
        written.Length >= minLength && written.EndsWith(Nominative, StringComparison.Ordinal);

    /// <summary>Whether the written word ends in ات and has at least <paramref name="minLength"/> letters.</summary>
    public static bool FemininePlural(string written, int minLength) =>
        written.Length >= minLength && written.EndsWith(Feminine, StringComparison.Ordinal);

    /// <summary>Whether the written word ends in any sound plural ending (ون، ين، ات) and has at least <paramref name="minLength"/> letters.</summary>
    public static bool Any(string written, int minLength) => Masculine(written, minLength) || FemininePlural(written, minLength);
}
