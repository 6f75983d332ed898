using Marsad.Storage;
using Npgsql;

namespace Marsad.Tests.Support;

/// <summary>The two kinds of store every store test runs on.</summary>
public enum StoreKind
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// A fresh, empty store of one kind for one test: a temporary data folder, and on PostgreSQL a database of its own on the
/// test server (<see cref="PostgreSqlTestServer"/>), dropped on dispose.
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string? _database;

    private TestStore(StoreKind kind)
    {
        Kind = kind;
        if (kind == StoreKind.Sqlite)
        {
            Location = StoreLocation.InFolder(_folder.Path);
            return;
        }
        _database = "marsad_test_" + Guid.NewGuid().ToString("N")[..16];
        PostgreSqlTestServer.Execute($"CREATE DATABASE {_database}");
        var builder = new NpgsqlConnectionStringBuilder(PostgreSqlTestServer.Require()) { Database = _database };
        Location = new StoreLocation(_folder.Path, builder.ConnectionString);
    }

    /// <summary>A new store of <paramref name="kind"/>; on PostgreSQL the test skips (fails in CI) without a server.</summary>
    public static TestStore Create(StoreKind kind) => new(kind);

    public StoreKind Kind { get; }

    public StoreLocation Location { get; }

    public string DataFolder => _folder.Path;

    /// <summary>The CLI options naming this store: <c>--data DIR</c>, plus <c>--store …</c> on PostgreSQL.</summary>
    public string[] Args => Location.PostgreSql is null ? ["--data", DataFolder] : ["--data", DataFolder, "--store", Location.PostgreSql];

    /// <summary><paramref name="args"/> followed by <see cref="Args"/>.</summary>
    public string[] With(params string[] args) => [.. args, .. Args];

    public MarsadStore Open(TimeProvider? clock = null) => MarsadStore.Open(Location, clock);

    public void Dispose()
    {
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            PostgreSqlTestServer.Execute($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }
        _folder.Dispose();
    }
}

/// <summary>
/// The PostgreSQL server the tests use, named by <c>MARSAD_TEST_PG</c> (an Npgsql connection string to a database the
/// user may create databases from; <c>scripts/pg-cluster.sh start</c> starts a throwaway one and prints it). Without it
/// PostgreSQL tests skip with a message, except in CI (<c>CI=true</c>) where they fail: .ci/run starts the cluster.
/// </summary>
public static class PostgreSqlTestServer
{
    public const string Variable = "MARSAD_TEST_PG";

    public static string Require()
    {
        var connection = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(connection)) return connection;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{Variable} is not set: CI must start a PostgreSQL cluster (eval \"$(scripts/pg-cluster.sh start)\") before the tests.");
        Assert.Skip($"{Variable} is not set: start a cluster with eval \"$(scripts/pg-cluster.sh start)\" to run the PostgreSQL store tests.");
        return "";
    }

    public static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Require());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
