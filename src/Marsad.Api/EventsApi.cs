using Marsad.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Api;

/// <summary><c>/api/events</c>: PLOVER-coded events across articles, with the filters and paging of <c>marsad events</c>.</summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("events");
        group.MapGet("/", List).WithName("ListEvents")
            .WithSummary("Events newest articles first, filtered by type, actor, target, modality, outlet and date; keyset paging by after=next (marsad events --json).");
        return app;
    }

    public static JsonView List(StoreAccess stores, string? type, string? actor, string? target, string? modality, string? outlet,
        string? from, string? to, int? limit, string? after)
    {
        var filter = new EventFilter(type, actor, target, modality, outlet, from, to);
        var view = stores.Read(store => EventsView.Read(store, filter, limit ?? 50, after));
        return new JsonView(view.Write);
    }
}
