using Marsad.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marsad.Tests.Api;

/// <summary>
/// The API in memory through <see cref="WebApplicationFactory{TEntryPoint}"/>, composed by the same
/// <c>AddMarsadApi</c>/<c>UseMarsadApi</c>/<c>MapMarsadApi</c> that <c>marsad serve</c> runs. The entry-point type is
/// this test assembly's (the API is a class library, which the factory cannot start by itself).
/// </summary>
public sealed class MarsadApiFactory(MarsadApiOptions options) : WebApplicationFactory<MarsadApiFactory>
{
    public MarsadApiOptions Options { get; } = options;

    protected override IHostBuilder CreateHostBuilder() =>
        // No console logging: the framework's "info:" lines would land in whatever Console.Out a parallel CLI test captured.
        Host.CreateDefaultBuilder().ConfigureLogging(logging => logging.ClearProviders()).ConfigureWebHostDefaults(web => web
            .ConfigureServices(services => services.AddMarsadApi(Options))
            .Configure(app =>
            {
                app.UseMarsadApi();
                app.UseRouting();
                app.UseEndpoints(endpoints => endpoints.MapMarsadApi());
            }));

    // The factory guesses a content root from the solution layout; the API serves no files from one.
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);
}
