using Marsad.Stories.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Api;

/// <summary>
/// <c>/api/stories</c>: developing stories and one story with its timeline and outlet comparison (<c>marsad stories</c>,
/// <c>marsad story ID</c>). Like those commands, the list first places articles stored without analysis in a story (on
/// the writer: a write), so every article is in exactly one cluster; one story is a read that reports what waits.
/// </summary>
public static class StoriesApi
{
    public static IEndpointRouteBuilder MapStoriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stories").WithTags("stories");
        group.MapGet("/", List).WithName("ListStories")
            .WithSummary("Every story with its event clusters and articles, earliest first (marsad stories --json).");
        group.MapGet("/{id}", Get).WithName("GetStory")
            .WithSummary("One story (by story, event cluster or article id) with its timeline and outlet comparison (marsad story ID --json).");
        return app;
    }

    /// <summary>Places unplaced articles first; the writer is taken only when there are some, so reads never queue behind an ingest needlessly.</summary>
    internal static async Task CatchUp(StoreAccess stores, CancellationToken cancellationToken)
    {
        if (stores.Read(StoriesView.NeedsCatchUp)) await stores.WriteAsync(StoriesView.CatchUp, cancellationToken);
    }

    public static async Task<JsonView> List(StoreAccess stores, HttpContext http)
    {
        await CatchUp(stores, http.RequestAborted);
        var view = stores.Read(StoriesView.Read);
        return new JsonView(view.Write);
    }

    /// <summary>
    /// Reads only: placing thousands of unplaced articles took minutes, so this answers with the stories as placed and
    /// says how many articles wait (<c>pending_articles</c>); the list route and <c>marsad stories</c> place them.
    /// </summary>
    public static JsonView Get(StoreAccess stores, StoryDetailCache cache, string id)
    {
        // The bytes as written once for this store version: the root value goes out as it is.
        var json = stores.Read(store => cache.ReadJson(store, id));
        return new JsonView(w => w.WriteRawValue(json, skipInputValidation: true));
    }
}
