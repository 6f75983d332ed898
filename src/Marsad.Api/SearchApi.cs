using System.Globalization;
using Marsad.Search;
using Marsad.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Api;

/// <summary><c>/api/search</c>: Arabic full-text search of the stored articles, the object of <c>marsad search QUERY --json</c>.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).WithTags("search").WithName("Search")
            .WithSummary("Hits with snippets and highlights (offsets into the original text), facets by outlet, day and entity, near duplicates collapsed (marsad search QUERY --json).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public static JsonView Search(StoreAccess stores, SearchService search, HttpResponse response, string q, string? outlet, string? from, string? to,
        string? entity, string? type, string? story, string? sort, int? limit)
    {
        var query = new SearchQuery(q)
        {
            Outlet = outlet,
            From = Day(from, "from"),
            To = Day(to, "to"),
            Entity = entity,
            EventType = type,
            Story = story,
            Sort = sort?.ToLowerInvariant() switch
            {
                null or "relevance" => SearchSort.Relevance,
                "date" => SearchSort.Date,
                _ => throw ViewException.Invalid($"sort '{sort}' is unknown: use relevance or date."),
            },
            Limit = limit ?? 20,
        };
        // One searcher for the app's lifetime (refreshed when the index changes); the request brings its store connection.
        var result = stores.Read(store => search.Search(query, store));
        // The CLI warns on stderr when the index lags the store; a client reads it here.
        if (!result.Index.Fresh) response.Headers[IngestApi.IndexWarningHeader] = result.Index.Describe();
        return new JsonView(w => SearchJsonWriter.Write(result, w));
    }

    private static DateOnly? Day(string? value, string name) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw ViewException.Invalid($"{name} '{value}' is not a day: write YYYY-MM-DD.");
}
