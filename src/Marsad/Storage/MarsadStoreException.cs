namespace Marsad.Storage;

/// <summary>A failure of the data folder or database, with a stable code users can search for.</summary>
public sealed class MarsadStoreException(string code, string message, Exception? inner = null)
    : Exception($"{code}: {message}", inner)
{
    /// <summary>The data folder or database cannot be created or opened.</summary>
    public const string CannotOpen = "MARSAD-S001";

    /// <summary>The database was written by a newer Marsad (its schema version is unknown here).</summary>
    public const string NewerSchema = "MARSAD-S002";

    /// <summary>Writing a chunk of articles failed; earlier chunks stay committed.</summary>
    public const string WriteFailed = "MARSAD-S003";

    /// <summary>The disk (or the database's size limit) is full: what was committed before is kept, the rest was not written.</summary>
    public const string DiskFull = "MARSAD-S004";

    /// <summary>The database is read-only here and needs a schema upgrade, which needs write access.</summary>
    public const string ReadOnlyOutdated = "MARSAD-S005";

    /// <summary>SQLITE_FULL: "database or disk is full".</summary>
    internal const int SqliteFull = 13;

    /// <summary>PostgreSQL's SQLSTATE for a full disk (class 53, insufficient resources).</summary>
    internal const string PostgreSqlDiskFull = "53100";

    /// <summary>A failed write as <see cref="DiskFull"/> when the database says the disk is full, else <see cref="WriteFailed"/>.</summary>
    public static MarsadStoreException ForWrite(System.Data.Common.DbException ex, string databasePath, string whatHappened) =>
        ex is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SqliteFull } || ex.SqlState == PostgreSqlDiskFull
            ? new(DiskFull, $"The disk holding {databasePath} is full. {whatHappened} Free some space and run the same command again: it continues from there.", ex)
            : new(WriteFailed, $"Writing to {databasePath} failed ({ex.Message}). {whatHappened}", ex);

    public string Code { get; } = code;
}
