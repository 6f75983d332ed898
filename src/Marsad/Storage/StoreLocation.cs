using Npgsql;

namespace Marsad.Storage;

/// <summary>
/// Where a store lives: the SQLite database in a data folder (the default), or a PostgreSQL database named by
/// <c>--store</c> or <c>MARSAD_STORE</c> (a <c>postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?key=value…]</c> URI or an
/// Npgsql keyword string such as <c>Host=…;Username=…;Database=…</c>). The data folder is used by both: on PostgreSQL it
/// holds what stays local to a machine (the search index, uploads).
/// </summary>
public sealed record StoreLocation(string Folder, string? PostgreSql)
{
    public const string EnvironmentVariable = "MARSAD_STORE";

    public SqlDialect Dialect => PostgreSql is null ? SqlDialect.Sqlite : SqlDialect.PostgreSql;

    /// <summary>The SQLite store in <paramref name="folder"/>.</summary>
    public static StoreLocation InFolder(string folder) => new(Path.GetFullPath(folder), null);

    /// <summary>From the <c>--data</c> and <c>--store</c> options, else their environment variables, else the default folder.</summary>
    public static StoreLocation Resolve(string? dataOption, string? storeOption)
    {
        var folder = DataFolder.Resolve(dataOption);
        var store = !string.IsNullOrWhiteSpace(storeOption) ? storeOption : Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(store) ? new(folder, null) : new(folder, ConnectionString(store.Trim()));
    }

    /// <summary>An Npgsql keyword string from a URI or keyword string; anything else is an <see cref="ArgumentException"/>.</summary>
    public static string ConnectionString(string store)
    {
        if (store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
            return FromUri(new Uri(store));
        if (!store.Contains('='))
            throw new ArgumentException($"'{store}' is not a PostgreSQL store: give postgresql://USER@HOST:PORT/DB or an Npgsql connection string (Host=…;Database=…).");
        try
        {
            return new NpgsqlConnectionStringBuilder(store).ConnectionString;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException($"'{store}' is not a valid Npgsql connection string: {ex.Message}", ex);
        }
    }

    private static string FromUri(Uri uri)
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0) builder.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, "");
            key = Uri.UnescapeDataString(key);
            try
            {
                builder[key == "sslmode" ? "SSL Mode" : key] = Uri.UnescapeDataString(value);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new ArgumentException($"The store URI's option '{key}' is not one Npgsql knows: {ex.Message}", ex);
            }
        }
        return builder.ConnectionString;
    }

    /// <summary>What to tell a person: the folder, or the PostgreSQL host and database (never the password).</summary>
    public string Describe()
    {
        if (PostgreSql is null) return Folder;
        var builder = new NpgsqlConnectionStringBuilder(PostgreSql);
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
