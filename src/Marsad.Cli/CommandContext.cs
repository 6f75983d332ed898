using System.CommandLine;
using Marsad.Storage;

namespace Marsad.Cli;

/// <summary>What every command reads from the command line: where the data lives and how to print.</summary>
internal sealed record CommandContext(string DataFolder, bool Json)
{
    public static CommandContext From(ParseResult parse) =>
        new(Storage.DataFolder.Resolve(parse.GetValue(CommonOptions.Data)), parse.GetValue(CommonOptions.Json));

    /// <summary>Opens (creating if needed) the store; a folder that cannot be used is one clear error.</summary>
    public MarsadStore OpenStore()
    {
        try
        {
            return MarsadStore.Open(DataFolder);
        }
        catch (Exception e) when (e is MarsadStoreException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new CliException($"Cannot open the data folder {DataFolder}: {e.Message} Choose another with --data DIR or MARSAD_DATA.");
        }
    }

    /// <summary>Opens the store only if it exists: read-only commands must not create an empty data folder.</summary>
    public MarsadStore OpenExistingStore()
    {
        if (!File.Exists(Storage.DataFolder.DatabasePath(DataFolder)))
            throw new CliException($"No Marsad data in {DataFolder}: run 'marsad ingest PATH' first, or point --data DIR at an existing data folder.");
        try
        {
            // Read-only when the data folder is: an archived or shared store can still be queried.
            return MarsadStore.OpenForReading(DataFolder);
        }
        catch (Exception e) when (e is MarsadStoreException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new CliException($"Cannot open the data folder {DataFolder}: {e.Message} Choose another with --data DIR or MARSAD_DATA.");
        }
    }
}
