using System.Reflection;

namespace Marsad.Entities.Gazetteer;

/// <summary>Reads one tab-separated gazetteer file embedded under Resources/Entities: skips # comments and blank lines.</summary>
internal static class GazetteerFile
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string fileName)
    {
        var assembly = typeof(GazetteerFile).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith(fileName, StringComparison.Ordinal) && n.Contains("Entities", StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"MARSAD-E001 The entity gazetteer file '{fileName}' is not embedded in {assembly.GetName().Name}; it belongs in src/Marsad/Resources/Entities.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            yield return (lineNumber, line.Split('\t'));
        }
    }

    public static string Field(string[] fields, int index) => index < fields.Length ? fields[index].Trim() : "";

    public static IEnumerable<string> List(string field, char separator = '|') =>
        field.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
