using System.Security.Cryptography;
using System.Text;

namespace Marsad.LanguageData;

/// <summary>
/// Language knowledge shipped inside Marsad.dll: the files under src/Marsad/Resources/&lt;Area&gt;/, embedded with
/// dotted names (Resources/Time/months.tsv is <c>Marsad.Resources.Time.months.tsv</c>, see Marsad.csproj).
/// One opener for every area, so a missing file fails the same clear way wherever it is read.
/// </summary>
internal static class LanguageFile
{
    public static Stream Open(string area, string file)
    {
        var name = $"Marsad.Resources.{area}.{file}";
        return typeof(LanguageFile).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"MARSAD-R001 The language data file src/Marsad/Resources/{area}/{file} is not embedded in Marsad.dll (looked for '{name}'); restore the file and rebuild.");
    }

    /// <summary>
    /// SHA-256 (lower-case hex) of the data lines of <paramref name="files"/> of one area as embedded in this build, each
    /// file's lines after a <c>## name</c> line: what a model or an index built from the files records, so that it can
    /// tell it was built from other data. Headers and comments do not count.
    /// </summary>
    public static string DataSha256(string area, IEnumerable<string> files)
    {
        var text = new StringBuilder();
        foreach (var file in files)
        {
            text.Append("## ").Append(file).Append('\n');
            foreach (var (_, line) in DataLines(area, file)) text.Append(line).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The file's data lines with their 1-based line numbers: blank lines and lines starting with '#' (headers, comments) are skipped.</summary>
    public static IEnumerable<(int Number, string Text)> DataLines(string area, string file)
    {
        using var reader = new StreamReader(Open(area, file));
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return (number, line);
        }
    }
}
