using System.Text.Json;
using Marsad.Api;
using Marsad.Search;
using Marsad.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Tests.Api;

public sealed class SearchRouteTests
{
    [Fact]
    public async Task TheSearchRouteKeepsOneSearcherForTheAppAndSeesArticlesIngestedWhileItRuns()
    {
        using var data = new TempFolder();
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(RepoPaths.Samples, "nile-water"), "--data", data.Path).ExitCode);
        using var api = new MarsadApiFactory(new MarsadApiOptions { DataFolder = data.Path });
        using var client = api.CreateClient();
        var service = api.Services.GetRequiredService<SearchService>();

        Assert.Equal(0, await Total(client, "فدية"));
        Assert.Equal(3, await Total(client, "*"));

        // Another process adds articles and updates the index; the app's searcher is refreshed, not rebuilt per request.
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(RepoPaths.Samples, "amman-cyber"), "--data", data.Path).ExitCode);

        Assert.Equal(2, await Total(client, "فدية"));
        Assert.Equal(6, await Total(client, "*"));
        Assert.Same(service, api.Services.GetRequiredService<SearchService>());
    }

    private static async Task<long> Total(HttpClient client, string q)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q), TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("total").GetInt64();
    }
}
