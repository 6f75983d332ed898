using System.Data.Common;

namespace Marsad.Storage.Migrations;

/// <summary>A migration recorded in <c>schema_migrations</c>.</summary>
public sealed record AppliedMigration(int Version, string Name, DateTimeOffset AppliedAt);

/// <summary>
/// Brings a database up to the newest schema: each migration not yet recorded in <c>schema_migrations</c>
/// runs in its own transaction together with the row recording it, so a failure leaves the database at the
/// last whole version.
/// </summary>
internal static class MigrationRunner
{
    // Any constant shared by every Marsad: on PostgreSQL several workers may open a fresh database at once.
    private const long PostgreSqlMigrationLock = 0x4D61727361640001;

    public static IReadOnlyList<Migration> Apply(DbConnection connection, SqlDialect dialect, IReadOnlyList<Migration> migrations, TimeProvider clock)
    {
        if (!dialect.IsPostgreSql) return ApplyLocked(connection, dialect, migrations, clock);
        Execute(connection, $"SELECT pg_advisory_lock({PostgreSqlMigrationLock})");
        try
        {
            return ApplyLocked(connection, dialect, migrations, clock);
        }
        finally
        {
            Execute(connection, $"SELECT pg_advisory_unlock({PostgreSqlMigrationLock})");
        }
    }

    private static IReadOnlyList<Migration> ApplyLocked(DbConnection connection, SqlDialect dialect, IReadOnlyList<Migration> migrations, TimeProvider clock)
    {
        for (var i = 1; i < migrations.Count; i++)
            if (migrations[i].Version <= migrations[i - 1].Version)
                throw new InvalidOperationException($"Migration {migrations[i].Version} '{migrations[i].Name}' is listed after version {migrations[i - 1].Version}; keep SchemaMigrations.All in increasing version order.");

        Execute(connection, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    BIGINT PRIMARY KEY NOT NULL,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            );
            """);
        var applied = Applied(connection).Select(m => m.Version).ToHashSet();
        var newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (applied.Count > 0 && applied.Max() > newest)
            throw new MarsadStoreException(MarsadStoreException.NewerSchema,
                $"The database has schema version {applied.Max()}, newer than this Marsad knows ({newest}); use a newer Marsad or another data folder.");

        var ran = new List<Migration>();
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, migration.SqlFor(dialect), transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at)";
            StoreTransaction.Set(record, ("$version", migration.Version), ("$name", migration.Name), ("$at", clock.GetUtcNow().ToString("O")));
            record.ExecuteNonQuery();
            transaction.Commit();
            ran.Add(migration);
        }
        return ran;
    }

    public static IReadOnlyList<AppliedMigration> Applied(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, name, applied_at FROM schema_migrations ORDER BY version";
        using var reader = command.ExecuteReader();
        var result = new List<AppliedMigration>();
        while (reader.Read())
            result.Add(new AppliedMigration(reader.GetInt32(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture)));
        return result;
    }

    private static void Execute(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
