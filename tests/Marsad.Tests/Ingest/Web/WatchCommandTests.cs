using Marsad.Storage;
using Marsad.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marsad.Tests.Ingest.Web;

/// <summary><c>marsad watch --once</c> against feeds served by a local server: what is remembered between polls.</summary>
public sealed class WatchCommandTests : IAsyncLifetime
{
    private LocalWebServer _server = null!;
    private int _flakyCalls;

    public async ValueTask InitializeAsync()
    {
        _server = await LocalWebServer.StartAsync(app =>
        {
            WebPages.MapSite(app, path => _server.Url(path));
            // Busy on the first request, fine afterwards: a failure worth trying again.
            app.MapGet("/news/flaky", context => Interlocked.Increment(ref _flakyCalls) == 1
                ? Results.StatusCode(503).ExecuteAsync(context)
                : LocalWebServer.Serve("text/html", WebPages.Utf8(WebPages.LibraryPage))(context));
            app.MapGet("/feeds/flaky.atom", LocalWebServer.Serve("application/atom+xml", WebPages.Utf8(
                WebPages.Atom("/news/flaky", "/news/market", "/news/removed"))));
        });
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private CliResult WatchOnce(TempFolder data, params string[] feeds) =>
        CliRunner.Run(["watch", .. feeds, "--once", "--allow-host", "127.0.0.1", "--max-file-size", "64K", "--json", "--data", data.Path]);

    private static (int Added, int Analyzed, int Known, int GivenUp, string Problems) Round(CliResult result)
    {
        using var json = result.Json();
        var r = json.RootElement;
        return (r.GetProperty("added").GetInt32(), r.GetProperty("analyzed").GetInt32(), r.GetProperty("known_items").GetInt32(),
            r.GetProperty("given_up").GetInt32(), string.Join(" ", r.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()!)));
    }

    [Fact]
    public void A_second_poll_fetches_and_ingests_nothing_already_seen()
    {
        using var data = new TempFolder();

        var first = WatchOnce(data, _server.Url("/feeds/local.rss"));
        var second = WatchOnce(data, _server.Url("/feeds/local.rss"));

        Assert.Equal(3, first.ExitCode);
        Assert.Equal((1, 1, 0, 2, "http-status fetch-too-large"), Round(first));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal((0, 0, 3, 0, ""), Round(second));
        // Each item page was fetched once in all, the feed once per poll.
        Assert.Equal((1, 1, 1, 2), (_server.Hits("/news/market"), _server.Hits("/news/removed"), _server.Hits("/news/longread"), _server.Hits("/feeds/local.rss")));
        using var store = MarsadStore.Open(data.Path);
        var article = Assert.Single(store.Articles.List(new ListQuery()));
        Assert.Equal(0, store.Articles.CountNotAnalysedBy(Marsad.Analysis.MarsadPipeline.Default.Version));
        Assert.Equal(WebPages.MarketTitle, article.Title);
    }

    [Fact]
    public void A_failure_that_may_pass_is_tried_again_at_the_next_poll_and_a_story_in_two_feeds_is_fetched_once()
    {
        using var data = new TempFolder();

        var first = WatchOnce(data, _server.Url("/feeds/local.rss"), _server.Url("/feeds/flaky.atom"));
        var second = WatchOnce(data, _server.Url("/feeds/local.rss"), _server.Url("/feeds/flaky.atom"));

        // Poll 1: the RSS feed's market story is stored, its removed and oversize pages given up; the Atom feed's flaky
        // page answers 503 (kept for the next poll); its market and removed links were read from the RSS feed already.
        Assert.Equal((1, 1, 0, 2, "http-status fetch-too-large http-status"), Round(first));
        // Poll 2: the flaky page is stored; the RSS feed's three items and the Atom feed's two pages known by URL are skipped.
        Assert.Equal((1, 1, 5, 0, ""), Round(second));
        Assert.Equal(2, _flakyCalls);
        Assert.Equal(1, _server.Hits("/news/market"));
    }
}
