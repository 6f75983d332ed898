using System.CommandLine;

namespace Marsad.Cli;

/// <summary>Options every command accepts, declared once and inherited by subcommands.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data folder holding marsad.db (default: $MARSAD_DATA, else ./marsad-data).",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print machine-readable JSON on stdout instead of tables.",
        Recursive = true,
    };
}
