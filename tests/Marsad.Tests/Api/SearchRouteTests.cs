using System.Text.Json;
using Marsad.Api;
using Marsad.Search;
using Marsad.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Tests.Api;

public sealed class SearchRouteTests
{
    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public async Task TheSearchRouteKeepsOneSearcherForTheAppAndSeesArticlesIngestedWhileItRuns(StoreKind kind)
    {
        using var data = TestStore.Create(kind);
        Assert.Equal(0, CliRunner.Run(data.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water"))).ExitCode);
        using var api = new MarsadApiFactory(new MarsadApiOptions { DataFolder = data.DataFolder, PostgreSql = data.Location.PostgreSql });
        using var client = api.CreateClient();
        var service = api.Services.GetRequiredService<SearchService>();

        Assert.Equal(0, await Total(client, "فدية"));
        Assert.Equal(3, await Total(client, "*"));

        // Another process adds articles and updates the index; the app's searcher is refreshed, not rebuilt per request.
        Assert.Equal(0, CliRunner.Run(data.With("ingest", Path.Combine(RepoPaths.Samples, "amman-cyber"))).ExitCode);

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
