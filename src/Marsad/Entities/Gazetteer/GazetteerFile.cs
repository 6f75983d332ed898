using Marsad.LanguageData;

namespace Marsad.Entities.Gazetteer;

/// <summary>Reads one tab-separated gazetteer file embedded under Resources/Entities: skips # comments and blank lines.</summary>
internal static class GazetteerFile
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string fileName) =>
        LanguageFile.DataLines("Entities", fileName).Select(line => (line.Number, line.Text.Split('	')));

    public static string Field(string[] fields, int index) => index < fields.Length ? fields[index].Trim() : "";

    public static IEnumerable<string> List(string field, char separator = '|') =>
        field.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
