using System.Text;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Storage;
using Marsad.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marsad.Tests.Ingest.Web;

/// <summary><c>marsad ingest URL</c> against pages and feeds served by a local server the test starts.</summary>
public sealed class WebIngestTests : IAsyncLifetime
{
    private LocalWebServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await LocalWebServer.StartAsync(app =>
        {
            WebPages.MapSite(app, path => _server.Url(path));
            app.MapGet("/news/windows-1256", LocalWebServer.Serve("text/html; charset=windows-1256", Windows1256(WebPages.MarketPage)));
            app.MapGet("/go/private", () => Results.Redirect("http://10.20.30.40/admin"));
            app.MapGet("/go/metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
            app.MapGet("/go/library", () => Results.Redirect("/news/zarqa-library"));
            app.MapGet("/go/loop", () => Results.Redirect("/go/loop2"));
            app.MapGet("/go/loop2", () => Results.Redirect("/go/loop"));
            app.MapGet("/slow", async context => { await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted); });
            // The article in <article>, then 12,000 empty links: too many elements for Readability's scoring.
            app.MapGet("/news/crowded", LocalWebServer.Serve("text/html", WebPages.Utf8(
                $"<html><body><article>{string.Concat(WebPages.MarketParagraphs.Select(p => $"<p>{p}</p>"))}</article><div>{string.Concat(Enumerable.Repeat("<a href='/x'></a>", 12_000))}</div></body></html>")));
            app.MapGet("/logo.png", LocalWebServer.Serve("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]));
        });
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private CliResult Ingest(TempFolder data, params string[] args) =>
        CliRunner.Run(["ingest", .. args, "--allow-host", "127.0.0.1", "--json", "--data", data.Path]);

    private static Article[] Stored(TempFolder data)
    {
        using var store = MarsadStore.Open(data.Path);
        return [.. store.Articles.List(new ListQuery(Limit: 100))];
    }

    private static (string Path, string Code)[] Problems(CliResult result)
    {
        using var json = result.Json();
        return [.. json.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("path").GetString()!, p.GetProperty("code").GetString()!))];
    }

    [Fact]
    public void An_article_page_is_stored_without_its_menu_advertisement_related_links_and_comments()
    {
        using var data = new TempFolder();
        var url = _server.Url("/news/zarqa-library");

        var result = Ingest(data, url);

        Assert.Equal(0, result.ExitCode);
        var article = Assert.Single(Stored(data));
        Assert.Equal(string.Join("\n\n", WebPages.LibraryParagraphs), article.Text);
        Assert.Equal(WebPages.LibraryTitle, article.Title);
        Assert.Equal("صحيفة الأفق التجريبية", article.Outlet);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(3)), article.Published);
        Assert.Equal(_server.Url("/news/zarqa-library"), article.Url);
        Assert.Equal(url, article.SourcePath);
        Assert.Empty(article.Flags);
    }

    [Fact]
    public void A_page_with_more_elements_than_boilerplate_removal_reads_is_read_by_the_file_rule()
    {
        using var data = new TempFolder();

        var result = Ingest(data, _server.Url("/news/crowded"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Join("\n\n", WebPages.MarketParagraphs), Assert.Single(Stored(data)).Text);
    }

    [Fact]
    public void A_redirect_is_followed_and_the_article_keeps_the_url_it_was_asked_for()
    {
        using var data = new TempFolder();

        var result = Ingest(data, _server.Url("/go/library"));

        Assert.Equal(0, result.ExitCode);
        var article = Assert.Single(Stored(data));
        Assert.Equal(_server.Url("/go/library"), article.SourcePath);
        Assert.Equal(string.Join("\n\n", WebPages.LibraryParagraphs), article.Text);
    }

    [Theory]
    [InlineData("/feeds/local.rss")]
    [InlineData("/feeds/local.atom")]
    public void A_feed_stores_the_pages_it_could_read_and_names_what_went_wrong_with_each_other_item(string feed)
    {
        using var data = new TempFolder();

        var result = Ingest(data, _server.Url(feed), "--max-file-size", "64K");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(
            [(_server.Url("/news/removed"), "http-status"), (_server.Url("/news/longread"), "fetch-too-large")],
            Problems(result));
        var article = Assert.Single(Stored(data));
        Assert.Equal(string.Join("\n\n", WebPages.MarketParagraphs), article.Text);
        // The page says nothing about itself: title and date come from the feed item, the outlet from the host.
        Assert.Equal(WebPages.MarketTitle, article.Title);
        Assert.Equal(WebPages.MarketPublished, article.Published);
        Assert.Equal("127.0.0.1", article.Outlet);
        Assert.Equal(feed.EndsWith("rss") ? "ufuq-market-2025-03-12" : "urn:ufuq:market-2025-03-12", article.SourceId);
        using var json = result.Json();
        Assert.Equal(1, json.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("files").GetInt32());
    }

    [Fact]
    public void Loopback_is_refused_unless_allow_host_names_it()
    {
        using var data = new TempFolder();
        var url = _server.Url("/news/zarqa-library");

        var result = CliRunner.Run("ingest", url, "--json", "--data", data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([(url, "blocked-address")], Problems(result));
        Assert.Equal(0, _server.Hits("/news/zarqa-library"));
        Assert.Empty(Stored(data));
    }

    [Theory]
    [InlineData("/go/private", "10.20.30.40")]
    [InlineData("/go/metadata", "169.254.169.254")]
    public void A_redirect_to_a_private_or_metadata_address_is_refused_even_from_an_allowed_host(string path, string target)
    {
        using var data = new TempFolder();

        var result = Ingest(data, _server.Url(path));

        var problem = Assert.Single(Problems(result));
        Assert.Equal((_server.Url(path), "blocked-address"), problem);
        using var json = result.Json();
        Assert.Contains(target, json.RootElement.GetProperty("problems")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void A_page_slower_than_the_timeout_is_a_fetch_timeout()
    {
        using var data = new TempFolder();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var result = Ingest(data, _server.Url("/slow"), "--timeout", "1s");

        Assert.Equal([(_server.Url("/slow"), "fetch-timeout")], Problems(result));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(15), $"took {started.Elapsed}");
    }

    [Fact]
    public void Redirect_loops_images_and_other_schemes_are_named_problems()
    {
        using var data = new TempFolder();

        var result = Ingest(data, _server.Url("/go/loop"), _server.Url("/logo.png"));

        Assert.Equal([(_server.Url("/go/loop"), "too-many-redirects"), (_server.Url("/logo.png"), "not-html")], Problems(result));
        var ftp = CliRunner.Run("ingest", "ftp://example.invalid/news.html", "--data", data.Path);
        Assert.Equal(2, ftp.ExitCode);
    }

    [Fact]
    public void A_page_in_windows_1256_is_read_as_Arabic()
    {
        using var data = new TempFolder();

        var result = Ingest(data, _server.Url("/news/windows-1256"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Join("\n\n", WebPages.MarketParagraphs), Assert.Single(Stored(data)).Text);
    }

    [Fact]
    public void Files_and_urls_are_ingested_together_and_a_failing_url_loses_nothing_already_stored()
    {
        using var data = new TempFolder();
        var file = data.Write("in/note.txt", "أعلنت وزارة الزراعة اليوم عن برنامج لدعم مزارعي الزيتون في المناطق الجبلية.");

        var result = Ingest(data, file, _server.Url("/news/zarqa-library"), _server.Url("/news/removed"));

        Assert.Equal(3, result.ExitCode);
        Assert.Equal([(_server.Url("/news/removed"), "http-status")], Problems(result));
        Assert.Equal([file, _server.Url("/news/zarqa-library")], Stored(data).Select(a => a.SourcePath));
    }

    private static byte[] Windows1256(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256).GetBytes(text.Replace("charset=\"utf-8\"", "").Replace("<meta charset=\"utf-8\">", ""));
    }
}
