using System.Data.Common;
using Marsad.Storage.Migrations;
using Marsad.Storage.PostgreSql;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marsad.Storage;

/// <summary>
/// The database of a Marsad store, opened (created if needed) and migrated to the current schema: by default the SQLite
/// file in a data folder, or a PostgreSQL database (<see cref="StoreLocation"/>). Owns one connection: use one store from
/// one thread at a time. SQLite: one writer, other processes read concurrently thanks to WAL; settings WAL journal
/// (readers do not block the writer, a crash keeps every committed transaction), synchronous=NORMAL (safe with WAL, far
/// fewer fsyncs), foreign keys on. PostgreSQL: any number of processes read and write (<see cref="Analysis.PendingWork"/>
/// shares analysis between them).
/// </summary>
public sealed class MarsadStore : IDisposable
{
    private readonly DbConnection _connection;

    private MarsadStore(StoreLocation location, DbConnection connection, TimeProvider clock)
    {
        Location = location;
        _connection = connection;
        Articles = new ArticleRepository(this, clock);
    }

    public StoreLocation Location { get; }

    /// <summary>The data folder: the SQLite database's, or on PostgreSQL the folder for what stays local (search index).</summary>
    public string Folder => Location.Folder;

    public SqlDialect Dialect => Location.Dialect;

    /// <summary>The SQLite file, or the PostgreSQL database as postgresql://USER@HOST:PORT/DB: where messages say the data is.</summary>
    public string DatabasePath => Dialect.IsPostgreSql ? Location.Describe() : DataFolder.DatabasePath(Folder);

    public ArticleRepository Articles { get; }

    internal DbConnection Connection => _connection;

    /// <summary>Whether the store named by <paramref name="location"/> exists (a PostgreSQL store is made on first open).</summary>
    public static bool Exists(StoreLocation location) => location.PostgreSql is not null || Exists(location.Folder);

    /// <summary>Opens the store at <paramref name="location"/>, creating and migrating it as needed.</summary>
    public static MarsadStore Open(StoreLocation location, TimeProvider? clock = null) =>
        location.PostgreSql is null ? Open(location.Folder, clock) : OpenPostgreSql(location, SchemaMigrations.All, clock ?? TimeProvider.System);

    /// <summary>Opens an existing store for reading (<see cref="OpenForReading(string, TimeProvider?)"/> for a data folder).</summary>
    public static MarsadStore OpenForReading(StoreLocation location, TimeProvider? clock = null) =>
        location.PostgreSql is null ? OpenForReading(location.Folder, clock) : Open(location, clock);

    internal static MarsadStore OpenPostgreSql(StoreLocation location, IReadOnlyList<Migration> migrations, TimeProvider clock)
    {
        Directory.CreateDirectory(location.Folder);
        PgConnection? connection = null;
        try
        {
            connection = new PgConnection(new NpgsqlConnection(WithAutoPrepare(location.PostgreSql!)));
            connection.Open();
            MigrationRunner.Apply(connection, SqlDialect.PostgreSql, migrations, clock);
            return new MarsadStore(location, connection, clock);
        }
        catch (MarsadStoreException)
        {
            connection?.Dispose();
            throw;
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or ArgumentException or TimeoutException)
        {
            connection?.Dispose();
            throw new MarsadStoreException(MarsadStoreException.CannotOpen,
                $"The Marsad store {location.Describe()} cannot be opened ({ex.Message}); check the server is running and the user may create tables there, or choose another with --store or {StoreLocation.EnvironmentVariable}.", ex);
        }
    }

    /// <summary>
    /// The connection string with Npgsql's automatic preparation on: Marsad's few hundred
    /// statement texts run again and again, and a prepared statement skips parsing and planning each time. A value the user gives is kept.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 128;
        return builder.ConnectionString;
    }

    /// <summary>Whether <paramref name="folder"/> already holds a Marsad database (read-only commands can say "nothing ingested yet").</summary>
    public static bool Exists(string folder) => File.Exists(DataFolder.DatabasePath(Path.GetFullPath(folder)));

    /// <summary>Opens the store in <paramref name="folder"/> (see <see cref="DataFolder.Resolve"/>), creating and migrating it as needed.</summary>
    public static MarsadStore Open(string folder, TimeProvider? clock = null) =>
        Open(folder, SchemaMigrations.All, clock ?? TimeProvider.System);

    internal static MarsadStore Open(string folder, IReadOnlyList<Migration> migrations, TimeProvider clock)
    {
        folder = Path.GetFullPath(folder);
        var location = StoreLocation.InFolder(folder);
        SqliteConnection? connection = null;
        try
        {
            Directory.CreateDirectory(folder);
            var builder = new SqliteConnectionStringBuilder
            {
                DataSource = DataFolder.DatabasePath(folder),
                Mode = SqliteOpenMode.ReadWriteCreate,
                // Pooling would keep the file open after Dispose, which keeps a deleted data folder busy.
                Pooling = false,
            };
            connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                // mmap_size: every store opens its own connection (no pooling), so each starts with an empty page cache and
                // read every page of a large query through pread; mapped, reads are memory reads of the OS page cache (the
                // entity page of a 7,200-article entity at 29,881 articles: 372–379 → 308–320 ms CPU). 256 MB of address
                // space at most; writes still go through the WAL.
                pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA mmap_size=268435456;";
                pragmas.ExecuteNonQuery();
            }
            MigrationRunner.Apply(connection, SqlDialect.Sqlite, migrations, clock);
            return new MarsadStore(location, connection, clock);
        }
        catch (MarsadStoreException)
        {
            connection?.Dispose();
            throw;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            connection?.Dispose();
            throw new MarsadStoreException(MarsadStoreException.CannotOpen,
                $"The Marsad database in {folder} cannot be opened ({ex.Message}); check the folder is writable and holds a Marsad database, or choose another with --data or {DataFolder.EnvironmentVariable}.", ex);
        }
    }

    /// <summary>Starts the write transaction analysis steps save into (see <see cref="Pipeline.IStoredStep"/>).</summary>
    public StoreTransaction BeginTransaction() => new(this);

    /// <summary>Whether this store was opened for reading only (<see cref="OpenForReading"/> on a read-only file or folder).</summary>
    public bool IsReadOnly { get; private init; }

    /// <summary>
    /// Opens an existing store for commands that only read it (stats, list, show, entities). Normally the same as
    /// <see cref="Open(string, TimeProvider?)"/>; but when the database file or its folder is read-only (an archived data
    /// folder, a read-only mount), it is opened read-only: no journal-mode change and no migration, which would need to
    /// write, so its current schema must be this Marsad's (<see cref="MarsadStoreException.ReadOnlyOutdated"/> otherwise).
    /// Without a write-ahead log beside it the file is opened immutable, since SQLite cannot create the log's index in a
    /// read-only folder.
    /// </summary>
    public static MarsadStore OpenForReading(string folder, TimeProvider? clock = null)
    {
        folder = Path.GetFullPath(folder);
        var path = DataFolder.DatabasePath(folder);
        if (!WriteProtected(folder) && !WriteProtected(path))
        {
            try
            {
                return Open(folder, clock);
            }
            catch (MarsadStoreException ex) when (ex.Code == MarsadStoreException.CannotOpen && IsPermissionFailure(ex.InnerException))
            {
            }
        }
        return OpenReadOnly(folder, path, clock ?? TimeProvider.System);
    }

    private static MarsadStore OpenReadOnly(string folder, string path, TimeProvider clock)
    {
        var immutable = !File.Exists(path + "-wal");
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? new Uri(path).AbsoluteUri + "?immutable=1" : path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var applied = MigrationRunner.Applied(connection).Select(m => m.Version).ToHashSet();
            var missing = SchemaMigrations.All.Where(m => !applied.Contains(m.Version)).ToList();
            if (missing.Count > 0)
                throw new MarsadStoreException(MarsadStoreException.ReadOnlyOutdated,
                    $"The Marsad database in {folder} is read-only and needs upgrading to this Marsad's schema ({string.Join(", ", missing.Select(m => m.Name))}), which needs write access; make it writable once, or use the Marsad that wrote it.");
            if (applied.Max() > SchemaMigrations.All[^1].Version)
                throw new MarsadStoreException(MarsadStoreException.NewerSchema,
                    $"The database has schema version {applied.Max()}, newer than this Marsad knows ({SchemaMigrations.All[^1].Version}); use a newer Marsad.");
            return new MarsadStore(StoreLocation.InFolder(folder), connection, clock) { IsReadOnly = true };
        }
        catch (MarsadStoreException)
        {
            connection.Dispose();
            throw;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new MarsadStoreException(MarsadStoreException.CannotOpen,
                $"The Marsad database in {folder} cannot be opened even read-only ({ex.Message}); check that it can be read.", ex);
        }
    }

    // No write bit for anyone: the owner made it read-only, whoever runs Marsad (root included) should not write there.
    private static bool WriteProtected(string path)
    {
        if (OperatingSystem.IsWindows()) return File.Exists(path) && new FileInfo(path).IsReadOnly;
        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        try
        {
            return (File.GetUnixFileMode(path) & anyWrite) == 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsPermissionFailure(Exception? ex) => ex switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is 3 or 8 or 14,     // SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN
        UnauthorizedAccessException or IOException => true,
        _ => false,
    };

    public IReadOnlyList<AppliedMigration> AppliedMigrations() => MigrationRunner.Applied(_connection);

    /// <summary>The journal mode SQLite reports (expected "wal"); PostgreSQL's is its write-ahead log.</summary>
    public string JournalMode()
    {
        if (Dialect.IsPostgreSql) return "wal";
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Bytes on disk: the database file plus its write-ahead log (PostgreSQL: the database's size).</summary>
    public long DatabaseBytes()
    {
        if (Dialect.IsPostgreSql)
        {
            using var size = _connection.CreateCommand();
            size.CommandText = "SELECT pg_database_size(current_database())";
            return Convert.ToInt64(size.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
        return Size(DatabasePath) + Size(DatabasePath + "-wal");
    }

    public void Dispose() => _connection.Dispose();
}
