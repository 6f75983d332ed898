using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Marsad.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 and a free port, started by a test to serve the pages and feeds it wrote: fetch tests
/// never leave the machine. <see cref="Hits"/> counts requests per path, so a test can see what was fetched.
/// </summary>
public sealed class LocalWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

    private LocalWebServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int Port => BaseUrl.Port;

    public string Url(string path) => new Uri(BaseUrl, path).AbsoluteUri;

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public static async Task<LocalWebServer> StartAsync(Action<WebApplication> routes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LocalWebServer(app);
        app.Use(async (context, next) =>
        {
            server._hits.AddOrUpdate(context.Request.Path.Value ?? "/", 1, (_, n) => n + 1);
            await next(context);
        });
        routes(app);
        await app.StartAsync();
        var address = app.Urls.First();
        server.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>A handler answering <paramref name="body"/> with <paramref name="contentType"/>.</summary>
    public static RequestDelegate Serve(string contentType, byte[] body) => async context =>
    {
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body);
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
