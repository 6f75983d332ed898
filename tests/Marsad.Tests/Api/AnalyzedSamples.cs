using Marsad.Api;
using Marsad.Tests.Support;

namespace Marsad.Tests.Api;

/// <summary>The samples analysed into a SQLite store, for <see cref="SqliteReadRoutesTests"/>.</summary>
public sealed class SqliteAnalyzedSamples() : AnalyzedSamples(StoreKind.Sqlite);

/// <summary>The samples analysed into a PostgreSQL store, for <see cref="PostgreSqlReadRoutesTests"/>.</summary>
public sealed class PostgreSqlAnalyzedSamples() : AnalyzedSamples(StoreKind.PostgreSql);

/// <summary>
/// A store of one kind holding the repository's samples, ingested and analysed once for a test class. Made on first use,
/// inside a test, so a missing PostgreSQL server skips the test instead of failing the class's fixture.
/// </summary>
public abstract class AnalyzedSamples(StoreKind kind) : IDisposable
{
    private TestStore? _store;

    public TestStore Store
    {
        get
        {
            if (_store is not null) return _store;
            var store = TestStore.Create(kind);
            var result = CliRunner.Run(store.With("analyze", RepoPaths.Samples, "--json"));
            if (result.ExitCode != 0)
            {
                store.Dispose();
                throw new InvalidOperationException($"analyze failed ({result.ExitCode}): {result.Stderr}");
            }
            return _store = store;
        }
    }

    /// <summary>The data folder: on SQLite, where the store is.</summary>
    public string Data => Store.DataFolder;

    /// <summary>The API's options for this store.</summary>
    public MarsadApiOptions ApiOptions => new() { DataFolder = Store.DataFolder, PostgreSql = Store.Location.PostgreSql };

    public void Dispose()
    {
        _store?.Dispose();
        GC.SuppressFinalize(this);
    }
}
