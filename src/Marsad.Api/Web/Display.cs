namespace Marsad.Api.Web;

/// <summary>
/// How untrusted text (article text, titles, outlet names) is made safe to show beyond HTML encoding, which Razor does:
/// bidi embedding, override and isolate controls would let a title reorder the text around it (U+202E shows
/// "gpj.exe" as "exe.jpg"), so each is shown as U+FFFD — one UTF-16 unit for one, keeping offsets into the text.
/// </summary>
public static class Display
{
    public const char Replacement = '\uFFFD';

    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static string Neutral(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!text.Any(IsBidiControl)) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = IsBidiControl(source[i]) ? Replacement : source[i];
        });
    }

    /// <summary>
    /// <paramref name="text"/> made <see cref="Neutral"/>, or <paramref name="fallback"/> when it shows nothing: a title
    /// or outlet of spaces and zero-width or other format characters (U+200B, U+2060, U+FEFF…) would make a link a
    /// reader cannot see or tell apart from its neighbours.
    /// </summary>
    public static string Label(string? text, string fallback) => HasVisible(text) ? Neutral(text) : fallback;

    private static bool HasVisible(string? text)
    {
        if (text is null) return false;
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format) return true;
        return false;
    }

    public static string Date(DateTimeOffset? when) => when?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    public static string Date(DateOnly? when) => when?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    public static string Number(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    // Entity ids are "type:slug"; a colon is legal in a path segment after the first, so it stays readable.
    public static string Entity(string id) => "/entities/" + Uri.EscapeDataString(id).Replace("%3A", ":", StringComparison.Ordinal);

    public static string Article(string id) => "/articles/" + Uri.EscapeDataString(id);

    public static string Story(string id) => "/stories/" + Uri.EscapeDataString(id);
}
