using Marsad.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Api;

/// <summary><c>/api/quotes</c>: who said what across articles, with the filters and paging of <c>marsad quotes</c>.</summary>
public static class QuotesApi
{
    public static IEndpointRouteBuilder MapQuotesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/quotes").WithTags("quotes");
        group.MapGet("/", List).WithName("ListQuotes")
            .WithSummary("Quotes newest articles first, each with its speaker, cue and sentence, filtered by speaker, outlet and day; keyset paging by after=next (marsad quotes --json).");
        return app;
    }

    public static JsonView List(StoreAccess stores, string? speaker, string? outlet, string? from, string? to, int? limit, string? after)
    {
        var view = stores.Read(store => QuotesView.Read(store, speaker, outlet, from, to, limit ?? 50, after));
        return new JsonView(view.Write);
    }
}
