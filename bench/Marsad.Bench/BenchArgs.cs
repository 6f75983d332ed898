namespace Marsad.Bench;

/// <summary>Named options of a harness's arguments: <c>--threads 2</c>.</summary>
internal static class BenchArgs
{
    public static string? String(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public static int? Int(string[] args, string name) => int.TryParse(String(args, name), out var value) ? value : null;
}
