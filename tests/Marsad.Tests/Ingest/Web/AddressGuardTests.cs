using System.Net;
using Marsad.Ingest;
using Marsad.Ingest.Web;
using Marsad.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Marsad.Tests.Ingest.Web;

public sealed class AddressGuardTests
{
    private static Func<string, CancellationToken, Task<IPAddress[]>> Resolver(params string[] addresses) =>
        (_, _) => Task.FromResult(addresses.Select(IPAddress.Parse).ToArray());

    [Fact]
    public async Task Only_the_public_addresses_of_a_host_are_connected_to()
    {
        var guard = new AddressGuard(resolve: Resolver("10.0.0.5", "93.184.215.14", "::1", "2a00:1450:4001::200e"));

        var permitted = await guard.PermittedAddressesAsync("news.example", CancellationToken.None);

        Assert.Equal([IPAddress.Parse("93.184.215.14"), IPAddress.Parse("2a00:1450:4001::200e")], permitted);
    }

    [Theory]
    [InlineData("127.0.0.1", AddressClass.Loopback)]
    [InlineData("::ffff:192.168.0.10", AddressClass.Private)]
    [InlineData("169.254.169.254", AddressClass.CloudMetadata)]
    public async Task A_host_with_only_refused_addresses_is_blocked_with_its_class(string address, AddressClass expected)
    {
        var guard = new AddressGuard(resolve: Resolver(address));

        var blocked = await Assert.ThrowsAsync<BlockedAddressException>(() => guard.PermittedAddressesAsync("news.example", CancellationToken.None));

        Assert.Equal(("news.example", expected), (blocked.Host, blocked.AddressClass));
    }

    [Fact]
    public async Task An_allowed_host_name_may_resolve_anywhere_and_an_allowed_address_is_let_through_alone()
    {
        var byName = new AddressGuard(["intranet.example"], Resolver("10.1.1.1"));
        var byAddress = new AddressGuard(["10.1.1.1"], Resolver("10.1.1.1", "10.1.1.2"));

        Assert.Equal([IPAddress.Parse("10.1.1.1")], await byName.PermittedAddressesAsync("INTRANET.example.", CancellationToken.None));
        Assert.Equal([IPAddress.Parse("10.1.1.1")], await byAddress.PermittedAddressesAsync("other.example", CancellationToken.None));
    }

    [Fact]
    public async Task A_name_is_resolved_once_at_connection_time_so_a_rebinding_answer_is_the_one_judged()
    {
        await using var server = await LocalWebServer.StartAsync(app =>
            app.MapGet("/page", LocalWebServer.Serve("text/html", WebPages.Utf8(WebPages.MarketPage))));
        // A rebinding DNS answers 127.0.0.1 when the connection is made (whatever it told an earlier check). The guard's
        // lookup is the connection's lookup: one per connection, and the socket goes to the address it judged.
        var lookups = 0;
        var rebinding = new AddressGuard(resolve: (_, _) =>
        {
            Interlocked.Increment(ref lookups);
            return Task.FromResult(new[] { IPAddress.Loopback });
        });
        using var fetcher = new WebFetcher(FetchOptions.Default, guard: rebinding);

        var outcome = await fetcher.FetchAsync(new Uri($"http://rebind.example:{server.Port}/page"), CancellationToken.None);

        Assert.Equal(IngestProblemCodes.BlockedAddress, outcome.Problem?.Code);
        Assert.Equal(1, lookups);
        Assert.Equal(0, server.Hits("/page"));
    }

    [Fact]
    public async Task An_allowed_name_is_fetched_from_the_address_the_guard_resolved()
    {
        await using var server = await LocalWebServer.StartAsync(app =>
            app.MapGet("/page", LocalWebServer.Serve("text/html", WebPages.Utf8(WebPages.MarketPage))));
        var guard = new AddressGuard(["newsroom.example"], Resolver("127.0.0.1"));
        using var fetcher = new WebFetcher(FetchOptions.Default, guard: guard);

        var outcome = await fetcher.FetchAsync(new Uri($"http://newsroom.example:{server.Port}/page"), CancellationToken.None);

        Assert.Null(outcome.Problem);
        Assert.Equal(WebPages.Utf8(WebPages.MarketPage), outcome.Resource!.Body);
        Assert.Equal(1, server.Hits("/page"));
    }

    [Theory]
    [InlineData("http://[::ffff:127.0.0.1]:9/")]
    [InlineData("http://[::1]:9/")]
    [InlineData("http://0.0.0.0:9/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task Address_literals_are_judged_like_resolved_names(string url)
    {
        using var fetcher = new WebFetcher();

        var outcome = await fetcher.FetchAsync(new Uri(url), CancellationToken.None);

        Assert.Equal(IngestProblemCodes.BlockedAddress, outcome.Problem?.Code);
    }
}
