using Marsad.Text.Normalization;

namespace Marsad.Train;

/// <summary>
/// Names from the team's gazetteer files (Resources/Entities/*.tsv) as extra lexicon entries for the recognizer,
/// typed as ANERcorp types them: countries, capitals and places are LOC, organizations ORG, people PER.
/// Names marked '?' (also ordinary words) are left out; nisba adjectives too, since ANERcorp tags them O.
/// </summary>
internal static class GazetteerNames
{
    public static List<(string[] Keys, string Type)> Read(string directory)
    {
        var names = new List<(string[], string)>();
        if (!Directory.Exists(directory)) return names;
        Add("countries.tsv", "LOC", "names_ar", "capital_ar");
        Add("places.tsv", "LOC", "names_ar");
        Add("organizations.tsv", "ORG", "names_ar");
        Add("people.tsv", "PER", "names_ar", "short_ar");
        return names;

        void Add(string file, string type, params string[] columns)
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path)) return;
            string[]? header = null;
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("# id\t", StringComparison.Ordinal)) header = line[2..].Split('\t');
                if (line.Length == 0 || line[0] == '#' || header is null) continue;
                var cells = line.Split('\t');
                foreach (var column in columns)
                {
                    var at = Array.IndexOf(header, column);
                    if (at < 0 || at >= cells.Length) continue;
                    foreach (var name in cells[at].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (name.StartsWith('?')) continue;
                        var keys = name.TrimStart('!').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MatchingKey.Of).ToArray();
                        if (keys.Length > 0) names.Add((keys, type));
                    }
                }
            }
        }
    }
}
