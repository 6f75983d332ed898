using Marsad.LanguageData;

namespace Marsad.Text;

/// <summary>Reads the word lists under Resources/Text: one entry a line, '#' starts a comment line.</summary>
internal static class TextResources
{
    public static IEnumerable<string> ReadLines(string file) =>
        [.. LanguageFile.DataLines("Text", file).Select(line => line.Text.Trim()).Where(line => line.Length > 0 && line[0] != '#')];
}
