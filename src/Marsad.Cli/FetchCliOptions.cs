using System.CommandLine;
using System.Globalization;
using Marsad.Ingest.Web;

namespace Marsad.Cli;

/// <summary>The options of commands that fetch web pages and feeds (<c>ingest URL</c>, <c>analyze URL</c>, <c>watch</c>).</summary>
internal static class FetchCliOptions
{
    public static readonly Option<string[]> AllowHost = new("--allow-host")
    {
        Description = "Fetch this host (name or IP address) even when it is loopback, private or link-local; repeat for several. Public hosts need no option.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static readonly Option<string> Timeout = new("--timeout")
    {
        Description = "Longest wait for one page or feed, redirects and body included, e.g. 30s (the default) or 2m.",
        DefaultValueFactory = _ => "30s",
    };

    static FetchCliOptions()
    {
        Timeout.Validators.Add(r =>
        {
            if (Duration(r.GetValueOrDefault<string>()) is null)
                r.AddError($"--timeout takes a duration like 500ms, 30s, 2m or 1h, not '{r.GetValueOrDefault<string>()}'.");
        });
    }

    public static void AddTo(Command command)
    {
        command.Options.Add(AllowHost);
        command.Options.Add(Timeout);
    }

    public static FetchOptions From(ParseResult parse) => FetchOptions.Default with
    {
        AllowedHosts = parse.GetValue(AllowHost) ?? [],
        Timeout = Duration(parse.GetValue(Timeout)!)!.Value,
    };

    /// <summary>A positive duration: a number with ms, s, m or h (seconds when bare), or null.</summary>
    internal static TimeSpan? Duration(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim().ToLowerInvariant();
        var (number, unit) = text.EndsWith("ms") ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : text.EndsWith('h') ? (text[..^1], 3600.0)
            : (text, 1.0);
        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n > 0 && n * unit <= TimeSpan.MaxValue.TotalSeconds / 2
            ? TimeSpan.FromSeconds(n * unit)
            : null;
    }
}
