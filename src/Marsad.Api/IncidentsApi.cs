using Marsad.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Api;

/// <summary><c>/api/incidents</c>: cyber incidents across articles with their attributions and responses (<c>marsad incidents</c>).</summary>
public static class IncidentsApi
{
    public static IEndpointRouteBuilder MapIncidentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/incidents").WithTags("incidents");
        group.MapGet("/", List).WithName("ListIncidents")
            .WithSummary("Cyber incidents, the most reported first, each with every article and outlet reporting it (marsad incidents --json).");
        return app;
    }

    public static JsonView List(StoreAccess stores, int? limit)
    {
        var view = stores.Read(store => IncidentsView.Read(store, limit ?? 50));
        return new JsonView(view.Write);
    }
}
