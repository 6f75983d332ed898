using Marsad.Storage;
using Marsad.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Api;

/// <summary><c>/api/articles</c>: stored articles, a keyset-paged list and one article with all its layers.</summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("articles");
        group.MapGet("/", List).WithName("ListArticles")
            .WithSummary("A page of stored articles in ingest order (marsad list --json); pass 'next' as 'after' for the next page.");
        group.MapGet("/{id}", Get).WithName("GetArticle")
            .WithSummary("One article with every layer of its stored analysis (marsad show ID --json); id, unique id prefix or source id.");
        return app;
    }

    public static JsonView List(StoreAccess stores, int? limit, string? after, string? outlet, string? from, string? to)
    {
        var filter = new ArticleFilter(outlet, DateBound.From(from), DateBound.To(to));
        var view = stores.Read(store => ArticlesView.Read(store, filter, limit ?? 50, after));
        return new JsonView(view.Write);
    }

    public static JsonView Get(StoreAccess stores, string id, HttpResponse response)
    {
        var view = stores.Read(store => ArticleView.Read(store, id));
        // The CLI says this on stderr; a client reads it from a header.
        response.Headers["X-Marsad-Analysis"] = view.State.ToString().ToLowerInvariant();
        return new JsonView(view.Write);
    }
}
