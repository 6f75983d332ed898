namespace Marsad.Tests.Time;

/// <summary>One line of timex-testset.tsv (see its header).</summary>
public sealed record TimexCase(int Line, string Family, DateOnly Anchor, string Sentence, string Text, string Type, string Value, string[] Flags)
{
    private static readonly Lazy<IReadOnlyList<TimexCase>> s_cases = new(Load);

    public static IReadOnlyList<TimexCase> All => s_cases.Value;

    public override string ToString() => $"{Line}: {Family} «{Text}»";

    public static IReadOnlyList<TimexCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Time", "timex-testset.tsv");
        var cases = new List<TimexCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            var flags = f.Length > 6 && f[6].Length > 0 ? f[6].Split(',') : [];
            cases.Add(new TimexCase(lineNumber, f[0], DateOnly.Parse(f[1]), f[2], f[3], f[4], f[5], flags));
        }
        return cases;
    }
}

public static class TimexTestSet
{
    public static IReadOnlyList<TimexCase> Cases => TimexCase.All;
}
