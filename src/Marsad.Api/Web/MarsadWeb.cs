using System.Reflection;
using Marsad.Search;
using Marsad.Storage;
using Marsad.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Marsad.Api.Web;

/// <summary>
/// The analyst's web pages: Razor components rendered on the server (no JavaScript), over the same library views as the
/// API, each linking its JSON twin. Every page answers with a Content-Security-Policy that allows no script at all
/// and styles and fonts only from this app, so text from an article can never run.
/// </summary>
public static class MarsadWeb
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IServiceCollection AddMarsadWeb(this IServiceCollection services)
    {
        // Razor's default encoder escapes every non-ASCII letter, tripling the bytes of an Arabic page; this one
        // still encodes markup characters (< > & " ') and lets letters through as UTF-8.
        services.TryAddKeyedSingleton(PageRenderer.EncoderKey, HtmlEncoder.Create(UnicodeRanges.All));
        services.TryAddSingleton<PageRenderer>();
        services.TryAddSingleton<TypeCountsCache>();
        services.TryAddSingleton<HomeCache>();
        return services;
    }

    public static IEndpointRouteBuilder MapMarsadWeb(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        // Pages show the stories as analysis placed them: placing articles ingested without analysis (what the story
        // commands and /api/stories do first) can take minutes on a large store, too long for a page.
        pages.MapGet("/", (StoreAccess stores, HomeCache home, HttpContext http) => Page<HomePage>(http, stores, home.Read));
        pages.MapGet("/search", (StoreAccess stores, SearchService search, HttpContext http, string? q, string? outlet, string? from, string? to, string? entity, string? type, string? story) =>
            Page<SearchPage>(http, stores, store => SearchModel.Read(store, search, new SearchForm(q, outlet, from, to, entity, type, story))));
        pages.MapGet("/articles/{id}", (StoreAccess stores, HttpContext http, string id) => Page<ArticlePage>(http, stores, store => ArticleModel.Read(store, id)));
        pages.MapGet("/entities/{id}", (StoreAccess stores, HttpContext http, string id) => Page<EntityPage>(http, stores, store => EntityModel.Read(store, id)));
        pages.MapGet("/stories/{id}", (StoreAccess stores, StoryDetailCache cache, HttpContext http, string id, string? page) =>
            Page<StoryPage>(http, stores, store => StoryModel.Read(store, cache, id, page)));
        pages.MapGet("/events", (StoreAccess stores, TypeCountsCache counts, HttpContext http, string? type, string? actor, string? target, string? modality, string? outlet,
            string? from, string? to, string? after) =>
            Page<EventsPage>(http, stores, store => EventsModel.Read(store, counts, new EventFilter(type, actor, target, modality, outlet, from, to), after)));
        pages.MapGet("/incidents", (StoreAccess stores, HttpContext http) => Page<IncidentsPage>(http, stores, IncidentsModel.Read));
        pages.MapGet("/assets/{name}", Asset);
        return app;
    }

    private static Task<IResult> Page<TPage>(HttpContext http, StoreAccess stores, Func<MarsadStore, object> read) where TPage : IComponent
    {
        Secure(http.Response);
        var renderer = http.RequestServices.GetRequiredService<PageRenderer>();
        try
        {
            var model = stores.Read(read);
            return renderer.Render<TPage>(new Dictionary<string, object?> { ["Model"] = model }, StatusCodes.Status200OK);
        }
        catch (ViewException e)
        {
            var status = e.Failure == ViewFailure.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return renderer.Render<ErrorPage>(new Dictionary<string, object?> { ["Code"] = e.Code, ["Message"] = e.Message }, status);
        }
    }

    private static void Secure(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private static IResult Asset(string name, HttpContext http)
    {
        var type = Path.GetExtension(name) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".woff2" => "font/woff2",
            ".txt" => "text/plain; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => null,
        };
        var stream = type is null ? null : typeof(MarsadWeb).Assembly.GetManifestResourceStream("Marsad.Web." + name);
        if (stream is null) return Results.NotFound();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Stream(stream, type);
    }
}
