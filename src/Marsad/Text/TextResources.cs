using System.Reflection;

namespace Marsad.Text;

/// <summary>Reads the word lists under Resources/Text: one entry a line, '#' starts a comment line.</summary>
internal static class TextResources
{
    public static IEnumerable<string> ReadLines(string file)
    {
        var name = $"Marsad.Resources.Text.{file}";
        var assembly = typeof(TextResources).Assembly;
        // MSBuild's RecursiveDir keeps the folder separator in the logical name on some hosts (Text/file).
        using var stream = assembly.GetManifestResourceStream(name)
            ?? assembly.GetManifestResourceStream($"Marsad.Resources.Text/{file}")
            ?? assembly.GetManifestResourceStream($"Marsad.Resources.Text\\{file}")
            ?? throw new InvalidOperationException(
                $"Embedded resource '{name}' is missing from {assembly.GetName().Name}; rebuild the Marsad project.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#') lines.Add(trimmed);
        }
        return lines;
    }
}
