using System.CommandLine;
using System.Globalization;
using Marsad.Ingest;

namespace Marsad.Cli;

/// <summary>The reading options of <c>ingest</c> and <c>analyze</c>; problem messages tell users to raise these limits.</summary>
internal static class IngestCliOptions
{
    public static readonly Option<string> DateOrder = new("--date-order")
    {
        Description = "How all-numeric source dates like 05/07/2015 are read: dmy (day first, the default), mdy or ymd.",
        DefaultValueFactory = _ => "dmy",
    };

    public static readonly Option<string?> MaxFileSize = new("--max-file-size")
    {
        Description = "Largest .txt or .html file read, e.g. 50MB (default 20MB); larger files are reported as too-large.",
    };

    public static readonly Option<string?> MaxLineLength = new("--max-line-length")
    {
        Description = "Longest JSON line read, in characters, e.g. 10M (default 5M); longer lines are reported as too-large.",
    };

    static IngestCliOptions()
    {
        DateOrder.AcceptOnlyFromAmong("dmy", "mdy", "ymd");
        MaxFileSize.Validators.Add(r => Check(r, MaxFileSize));
        MaxLineLength.Validators.Add(r => Check(r, MaxLineLength));
    }

    public static void AddTo(Command command)
    {
        command.Options.Add(DateOrder);
        command.Options.Add(MaxFileSize);
        command.Options.Add(MaxLineLength);
    }

    public static IngestOptions From(ParseResult parse)
    {
        var options = IngestOptions.Default with
        {
            DateOrder = Enum.Parse<DateOrder>(parse.GetValue(DateOrder)!, ignoreCase: true),
        };
        if (parse.GetValue(MaxFileSize) is { } size) options = options with { MaxFileBytes = Size(size)!.Value };
        if (parse.GetValue(MaxLineLength) is { } length) options = options with { MaxJsonLineChars = (int)Math.Min(int.MaxValue, Size(length)!.Value) };
        return options;
    }

    private static void Check(System.CommandLine.Parsing.OptionResult result, Option<string?> option)
    {
        if (result.GetValueOrDefault<string?>() is { } value && Size(value) is null)
            result.AddError($"{option.Name} takes a positive size like 500000, 64K, 50MB or 2G, not '{value}'.");
    }

    /// <summary>A count with an optional K, M or G suffix (powers of 1024; a trailing B is allowed), or null.</summary>
    internal static long? Size(string value)
    {
        var text = value.Trim().ToUpperInvariant();
        if (text.EndsWith('B')) text = text[..^1];
        long unit = 1;
        if (text.Length > 0 && "KMG".Contains(text[^1]))
        {
            unit = text[^1] switch { 'K' => 1L << 10, 'M' => 1L << 20, _ => 1L << 30 };
            text = text[..^1];
        }
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 && number <= long.MaxValue / unit
            ? number * unit
            : null;
    }
}
