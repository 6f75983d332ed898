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

    public static readonly Option<string?> Store = new("--store")
    {
        Description = "A PostgreSQL store instead of the data folder's SQLite file: postgresql://USER@HOST:PORT/DB or an Npgsql connection string (default: $MARSAD_STORE, else SQLite). The data folder still holds the search index.",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print machine-readable JSON on stdout instead of tables.",
        Recursive = true,
    };
}
