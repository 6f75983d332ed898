using Marsad.Search;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

/// <summary>The samples analysed into a SQLite store, for <see cref="SqliteSearchServiceTests"/>.</summary>
public sealed class SqliteSampleIndex() : SampleIndex(StoreKind.Sqlite);

/// <summary>The samples analysed into a PostgreSQL store, for <see cref="PostgreSqlSearchServiceTests"/>.</summary>
public sealed class PostgreSqlSampleIndex() : SampleIndex(StoreKind.PostgreSql);

/// <summary>
/// The samples analysed once into a store of one kind (so entities are stored) and indexed by <c>analyze</c> itself. Made
/// on first use, inside a test, so a missing PostgreSQL server skips the test instead of failing the class's fixture.
/// </summary>
public abstract class SampleIndex(StoreKind kind) : IDisposable
{
    private TestStore? _store;

    private TestStore Store
    {
        get
        {
            if (_store is not null) return _store;
            var store = TestStore.Create(kind);
            var result = CliRunner.Run(store.With("analyze", RepoPaths.Samples, "--json"));
            if (result.ExitCode != 0)
            {
                store.Dispose();
                throw new InvalidOperationException(result.Stderr);
            }
            return _store = store;
        }
    }

    public SearchResult Search(SearchQuery query)
    {
        using var store = Store.Open();
        using var service = SearchService.Open(store);
        return service.Search(query);
    }

    public void Dispose()
    {
        _store?.Dispose();
        GC.SuppressFinalize(this);
    }
}
