using Marsad.Search;
using Marsad.Tests.Api;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

/// <summary>The samples analysed into a SQLite store, for <see cref="SqliteSearchServiceTests"/>.</summary>
public sealed class SqliteSampleIndex() : SampleIndex(StoreKind.Sqlite);

/// <summary>The samples analysed into a PostgreSQL store, for <see cref="PostgreSqlSearchServiceTests"/>.</summary>
public sealed class PostgreSqlSampleIndex() : SampleIndex(StoreKind.PostgreSql);

/// <summary>The samples analysed once into a store of one kind (so entities are stored) and indexed by <c>analyze</c> itself.</summary>
public abstract class SampleIndex(StoreKind kind) : AnalyzedSamples(kind)
{
    public SearchResult Search(SearchQuery query)
    {
        using var store = Store.Open();
        using var service = SearchService.Open(store);
        return service.Search(query);
    }
}
