using System.CommandLine;
using Marsad.Storage;

namespace Marsad.Cli;

/// <summary>What every command reads from the command line: where the data lives (<c>--data</c>, <c>--store</c>) and how to print.</summary>
internal sealed record CommandContext(StoreLocation Location, bool Json)
{
    public string DataFolder => Location.Folder;

    /// <summary>Where the data is, for messages: the data folder, or the PostgreSQL database.</summary>
    public string Where => Location.Describe();

    public static CommandContext From(ParseResult parse)
    {
        try
        {
            return new(StoreLocation.Resolve(parse.GetValue(CommonOptions.Data), parse.GetValue(CommonOptions.Store)), parse.GetValue(CommonOptions.Json));
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            throw new CliException($"--store: {e.Message}", ExitCodes.Usage);
        }
    }

    /// <summary>Opens (creating if needed) the store; a folder that cannot be used is one clear error.</summary>
    public MarsadStore OpenStore()
    {
        try
        {
            return MarsadStore.Open(Location);
        }
        catch (Exception e) when (e is MarsadStoreException or IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            throw new CliException(Location.PostgreSql is null
                ? $"Cannot open the data folder {DataFolder}: {e.Message} Choose another with --data DIR or MARSAD_DATA."
                : $"Cannot open the store {Where}: {e.Message}");
        }
    }

    /// <summary>Opens the store only if it exists: read-only commands must not create an empty data folder.</summary>
    public MarsadStore OpenExistingStore()
    {
        if (!MarsadStore.Exists(Location))
            throw new CliException($"No Marsad data in {DataFolder}: run 'marsad ingest PATH' first, or point --data DIR at an existing data folder.");
        try
        {
            // Read-only when the data folder is: an archived or shared store can still be queried.
            return MarsadStore.OpenForReading(Location);
        }
        catch (Exception e) when (e is MarsadStoreException or IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            throw new CliException(Location.PostgreSql is null
                ? $"Cannot open the data folder {DataFolder}: {e.Message} Choose another with --data DIR or MARSAD_DATA."
                : $"Cannot open the store {Where}: {e.Message}");
        }
    }
}
