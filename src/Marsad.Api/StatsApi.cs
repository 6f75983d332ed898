using Marsad.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Api;

/// <summary><c>/api/stats</c>: what the data folder holds.</summary>
public static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats", Get).WithTags("stats").WithName("GetStats")
            .WithSummary("Counts of articles by outlet, publication range and database size (marsad stats --json).");
        return app;
    }

    public static JsonView Get(StoreAccess stores) => new(stores.Read(StatsView.Read).Write);
}
