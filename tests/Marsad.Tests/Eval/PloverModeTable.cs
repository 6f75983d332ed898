namespace Marsad.Tests.Eval;

/// <summary>The 16 PLOVER event types and the modes each allows, read from eval/plover-modes.tsv (see its header).</summary>
public sealed class PloverModeTable
{
    private readonly Dictionary<string, HashSet<string>> _modes;

    private PloverModeTable(Dictionary<string, HashSet<string>> modes) => _modes = modes;

    public IReadOnlyCollection<string> Types => _modes.Keys;

    public bool IsType(string type) => _modes.ContainsKey(type);

    public bool Allows(string type, string mode) => _modes.TryGetValue(type, out var modes) && modes.Contains(mode);

    public static PloverModeTable Load(string path)
    {
        var modes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var sawHeader = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length != 3) throw new InvalidDataException($"{path}: expected 3 tab-separated columns in «{line}».");
            if (!sawHeader) { sawHeader = true; continue; }
            modes.Add(fields[0], [.. fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries)]);
        }
        return new PloverModeTable(modes);
    }
}
