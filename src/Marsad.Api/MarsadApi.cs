using Marsad.Api.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Api;

/// <summary>
/// The HTTP API's composition: services, middleware and one route group per resource. A resource added later
/// (events, quotes, stories, search…) is one <c>MapXApi</c> file and one line in <see cref="MapMarsadApi"/>.
/// </summary>
public static class MarsadApi
{
    public static IServiceCollection AddMarsadApi(this IServiceCollection services, MarsadApiOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<StoreAccess>();
        services.AddSingleton<StoryDetailCache>();
        services.AddSingleton<WriteAccess>();
        services.AddSingleton(provider =>
        {
            var stores = provider.GetRequiredService<StoreAccess>();
            return stores.Read(store => Marsad.Search.SearchService.ForFolder(store, stores.Stamps));
        });
        // Problems the framework reports itself (415 from content-type matching, 404 for no route…) get a code too.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions.TryAdd("code", ApiErrors.ForStatus(c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode)));
        services.AddExceptionHandler<ProblemResponses.Handler>();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Marsad API";
            document.Info.Description = "Arabic news analysis: the same JSON as the marsad CLI's --json, one route group per resource.";
            return Task.CompletedTask;
        }));
        services.AddMarsadWeb();
        // A browser asks for brotli or gzip; an article page with every mark's details is ~450 KB of HTML, about a tenth
        // of that compressed. The framework leaves HTTPS responses uncompressed by default (BREACH); serve is plain HTTP on
        // loopback unless told otherwise.
        services.AddResponseCompression(o => o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/problem+json"]);
        services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        return services;
    }

    public static IApplicationBuilder UseMarsadApi(this IApplicationBuilder app)
    {
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The browsable page's assets ship inside the Swashbuckle package and are served by this app: no CDN.
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Marsad API v1");
            o.RoutePrefix = "docs";
            o.DocumentTitle = "Marsad API";
        });
        return app;
    }

    public static IEndpointRouteBuilder MapMarsadApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapArticlesApi();
        app.MapEntitiesApi();
        app.MapEventsApi();
        app.MapQuotesApi();
        app.MapIncidentsApi();
        app.MapStoriesApi();
        app.MapStatsApi();
        app.MapSearchApi();
        app.MapIngestApi();
        app.MapExportApi();
        app.MapMarsadWeb();
        return app;
    }

    /// <summary>The app <c>marsad serve</c> runs, on Kestrel at <paramref name="urls"/>.</summary>
    public static WebApplication Build(MarsadApiOptions options, string urls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // Set explicitly so ASPNETCORE_URLS and friends cannot widen the binding behind the user's back.
        builder.WebHost.UseUrls(urls);
        // Request logs would bury the one line `marsad serve` prints; warnings and errors still show, on stderr, so
        // standard output stays the lines a script parses.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddMarsadApi(options);
        var app = builder.Build();
        app.UseMarsadApi();
        app.MapMarsadApi();
        return app;
    }
}
