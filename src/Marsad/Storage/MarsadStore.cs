using Marsad.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage;

/// <summary>
/// The SQLite database in a data folder, opened (created if needed) and migrated to the current schema.
/// Owns one connection and is the single writer: use one store from one thread at a time; other processes
/// may read concurrently thanks to WAL. Settings: WAL journal (readers do not block the writer, a crash keeps
/// every committed transaction), synchronous=NORMAL (safe with WAL, far fewer fsyncs), foreign keys on.
/// </summary>
public sealed class MarsadStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private MarsadStore(string folder, SqliteConnection connection, TimeProvider clock)
    {
        Folder = folder;
        _connection = connection;
        Articles = new ArticleRepository(this, clock);
    }

    public string Folder { get; }

    public string DatabasePath => DataFolder.DatabasePath(Folder);

    public ArticleRepository Articles { get; }

    internal SqliteConnection Connection => _connection;

    /// <summary>Whether <paramref name="folder"/> already holds a Marsad database (read-only commands can say "nothing ingested yet").</summary>
    public static bool Exists(string folder) => File.Exists(DataFolder.DatabasePath(Path.GetFullPath(folder)));

    /// <summary>Opens the store in <paramref name="folder"/> (see <see cref="DataFolder.Resolve"/>), creating and migrating it as needed.</summary>
    public static MarsadStore Open(string folder, TimeProvider? clock = null) =>
        Open(folder, SchemaMigrations.All, clock ?? TimeProvider.System);

    internal static MarsadStore Open(string folder, IReadOnlyList<Migration> migrations, TimeProvider clock)
    {
        folder = Path.GetFullPath(folder);
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
                pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";
                pragmas.ExecuteNonQuery();
            }
            MigrationRunner.Apply(connection, migrations, clock);
            return new MarsadStore(folder, connection, clock);
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

    public IReadOnlyList<AppliedMigration> AppliedMigrations() => MigrationRunner.Applied(_connection);

    /// <summary>The journal mode SQLite reports (expected "wal").</summary>
    public string JournalMode()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Bytes on disk: the database file plus its write-ahead log.</summary>
    public long DatabaseBytes()
    {
        long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
        return Size(DatabasePath) + Size(DatabasePath + "-wal");
    }

    public void Dispose() => _connection.Dispose();
}
