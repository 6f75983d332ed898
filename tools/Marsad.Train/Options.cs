namespace Marsad.Train;

/// <summary>--name value pairs after the verb.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"MARSAD-T001 Argument '{args[i]}' is not a --name value pair; see the usage line.");
            values[args[i][2..]] = args[++i];
        }
        return new Options(values);
    }

    public string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public int Get(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v) : fallback;
}
