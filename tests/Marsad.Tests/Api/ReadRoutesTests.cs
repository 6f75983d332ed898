using System.Net;
using System.Text.Json;
using Marsad.Api;
using Marsad.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Tests.Api;

public sealed class SqliteReadRoutesTests(SqliteAnalyzedSamples samples) : ReadRoutesTests(samples), IClassFixture<SqliteAnalyzedSamples>;

public sealed class PostgreSqlReadRoutesTests(PostgreSqlAnalyzedSamples samples) : ReadRoutesTests(samples), IClassFixture<PostgreSqlAnalyzedSamples>;

/// <summary>The read routes of the API answer as the CLI does, on each kind of store.</summary>
public abstract class ReadRoutesTests(AnalyzedSamples samples) : IDisposable
{
    private MarsadApiFactory? _factory;

    private MarsadApiFactory _api => _factory ??= new(samples.ApiOptions);

    public void Dispose()
    {
        _factory?.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<string> Get(string path)
    {
        using var client = _api.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private string Cli(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--json", .. samples.Store.Args]);
        Assert.Equal(0, result.ExitCode);
        return result.Stdout.TrimEnd('\n', '\r');
    }

    [Fact]
    public async Task EveryReadRouteAnswersTheBytesOfTheCliCommandItMirrors()
    {
        var firstId = JsonDocument.Parse(Cli("list")).RootElement.GetProperty("articles")[0].GetProperty("id").GetString()!;

        Assert.Equal(Cli("list"), await Get("/api/articles"));
        Assert.Equal(Cli("list", "--limit", "3", "--outlet", "صحيفة الساحل"), await Get("/api/articles?limit=3&outlet=" + Uri.EscapeDataString("صحيفة الساحل")));
        Assert.Equal(Cli("show", firstId), await Get("/api/articles/" + firstId));
        Assert.Equal(Cli("entities"), await Get("/api/entities"));
        Assert.Equal(Cli("entities", "--type", "PER", "--limit", "5"), await Get("/api/entities?type=PER&limit=5"));
        Assert.Equal(Cli("entity", "gpe:egypt"), await Get("/api/entities/gpe:egypt"));
        Assert.Equal(Cli("entity", "مصر", "--limit", "2"), await Get("/api/entities/" + Uri.EscapeDataString("مصر") + "?limit=2"));
        Assert.Equal(Cli("stats"), await Get("/api/stats"));
        Assert.Equal(Cli("events"), await Get("/api/events"));
        Assert.Equal(Cli("events", "--type", "CONSULT", "--modality", "asserted", "--limit", "3"), await Get("/api/events?type=consult&modality=asserted&limit=3"));
        Assert.Equal(Cli("events", "--actor", "gpe:egypt", "--from", "2024-01", "--to", "2024"), await Get("/api/events?actor=gpe:egypt&from=2024-01&to=2024"));
        Assert.Equal(Cli("quotes"), await Get("/api/quotes"));
        Assert.Equal(Cli("quotes", "--speaker", "بوريطة", "--limit", "2"), await Get("/api/quotes?limit=2&speaker=" + Uri.EscapeDataString("بوريطة")));
        Assert.Equal(Cli("incidents"), await Get("/api/incidents"));
        Assert.Equal(Cli("stories"), await Get("/api/stories"));
        var storyId = JsonDocument.Parse(Cli("stories")).RootElement.GetProperty("stories")[0].GetProperty("id").GetString()!;
        Assert.Equal(Cli("story", storyId), await Get("/api/stories/" + storyId));
        Assert.Equal(Cli("story", firstId), await Get("/api/stories/" + firstId));
        Assert.Equal(Cli("search", "الهجوم"), await Get("/api/search?q=" + Uri.EscapeDataString("الهجوم")));
        Assert.Equal(Cli("search", "\"سد النهضة\"", "--sort", "date", "--limit", "2"),
            await Get("/api/search?sort=date&limit=2&q=" + Uri.EscapeDataString("\"سد النهضة\"")));
    }

    [Fact]
    public async Task FollowingNextVisitsEveryArticleOnceInIngestOrder()
    {
        var all = JsonDocument.Parse(Cli("list")).RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        var seen = new List<string?>();
        string? next = null;
        var pages = 0;
        do
        {
            using var page = JsonDocument.Parse(await Get("/api/articles?limit=4" + (next is null ? "" : "&after=" + next)));
            seen.AddRange(page.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
            next = page.RootElement.GetProperty("next").GetString();
            pages++;
        }
        while (next is not null);

        Assert.Equal(11, all.Count);
        Assert.Equal(all, seen);
        Assert.Equal(3, pages);
    }

    [Theory]
    [InlineData("/api/events", "events")]
    [InlineData("/api/quotes", "quotes")]
    public async Task FollowingNextVisitsEveryEventAndQuoteOnceInListOrder(string route, string name)
    {
        var all = Keys(JsonDocument.Parse(Cli(name, "--limit", "1000")).RootElement, name);
        Assert.True(all.Count > 4, $"the samples hold only {all.Count} {name}");
        var seen = new List<string>();
        string? next = null;
        do
        {
            var path = route + "?limit=3" + (next is null ? "" : "&after=" + Uri.EscapeDataString(next));
            var body = await Get(path);
            Assert.Equal(Cli([name, "--limit", "3", .. next is null ? Array.Empty<string>() : ["--after", next]]), body);
            using var page = JsonDocument.Parse(body);
            seen.AddRange(Keys(page.RootElement, name));
            next = page.RootElement.GetProperty("next").GetString();
        }
        while (next is not null);

        Assert.Equal(all, seen);
    }

    private static List<string> Keys(JsonElement root, string name) =>
        [.. root.GetProperty(name).EnumerateArray().Select(e => e.GetProperty("article_id").GetString() + ":" + e.GetProperty("id").GetString())];

    [Fact]
    public async Task DateFiltersKeepTheWholeDayOfTheUpperBound()
    {
        using var page = JsonDocument.Parse(await Get("/api/articles?from=2024-06-11&to=2024-06-11"));

        var titles = page.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Equal(["الأردن: هجوم إلكتروني يعطل أنظمة مستشفيات حكومية", "الأردن: هجوم إلكتروني يعطل أنظمة مستشفيات حكومية"], titles);
        Assert.Equal(2, page.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, page.RootElement.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("/api/articles/ffffffffff", 404, "MARSAD-V002", new[] { "show", "ffffffffff" })]
    [InlineData("/api/entities/gpe:atlantis", 404, "MARSAD-V004", new[] { "entity", "gpe:atlantis" })]
    [InlineData("/api/entities?type=planet", 400, "MARSAD-V001", new[] { "entities", "--type", "planet" })]
    [InlineData("/api/articles?after=banana", 400, "MARSAD-V001", new[] { "list", "--after", "banana" })]
    [InlineData("/api/articles?from=yesterday", 400, "MARSAD-V001", new[] { "list", "--from", "yesterday" })]
    [InlineData("/api/search?q=%22%D8%B3%D8%AF", 400, "MARSAD-Q001", new[] { "search", "\"سد" })]
    [InlineData("/api/events?type=planet", 400, "MARSAD-V001", new[] { "events", "--type", "planet" })]
    [InlineData("/api/events?modality=maybe", 400, "MARSAD-V001", new[] { "events", "--modality", "maybe" })]
    [InlineData("/api/events?from=March", 400, "MARSAD-V001", new[] { "events", "--from", "March" })]
    [InlineData("/api/events?after=nocursor", 400, "MARSAD-V001", new[] { "events", "--after", "nocursor" })]
    [InlineData("/api/events?after=ffff:ev9", 400, "MARSAD-V001", new[] { "events", "--after", "ffff:ev9" })]
    [InlineData("/api/quotes?to=2024-13-01", 400, "MARSAD-V001", new[] { "quotes", "--to", "2024-13-01" })]
    [InlineData("/api/quotes?limit=0", 400, "MARSAD-V001", new[] { "quotes", "--limit", "0" })]
    [InlineData("/api/incidents?limit=0", 400, "MARSAD-V001", new[] { "incidents", "--limit", "0" })]
    [InlineData("/api/stories/st-nothing", 404, "MARSAD-V005", new[] { "story", "st-nothing" })]
    public async Task AFailureIsProblemDetailsWithTheCodeTheCliPrints(string path, int status, string code, string[] cli)
    {
        using var client = _api.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        var printed = CliRunner.Run([.. cli, .. samples.Store.Args]);
        Assert.StartsWith($"marsad: error: {code}", printed.Stderr);
        Assert.Equal(status == 400 ? 2 : 1, printed.ExitCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentListsEveryRoute()
    {
        using var document = JsonDocument.Parse(await Get("/openapi/v1.json"));
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).Order().ToList();

        var routed = _api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {"/" + e.RoutePattern.RawText!.Trim('/')}"))
            .Order().ToList();

        Assert.Equal(routed, documented);
        Assert.Contains("GET /api/articles/{id}", documented);
        Assert.Contains("POST /api/ingest", documented);
        foreach (var route in new[] { "GET /api/events", "GET /api/quotes", "GET /api/incidents", "GET /api/stories", "GET /api/stories/{id}" })
            Assert.Contains(route, documented);
    }

    [Fact]
    public async Task TheBrowsablePageIsServedByTheAppItself()
    {
        var page = await Get("/docs/index.html", expectJson: false);

        Assert.Contains("swagger-ui", page);
        Assert.DoesNotContain("cdn", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unpkg", page, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> Get(string path, bool expectJson)
    {
        if (expectJson) return await Get(path);
        using var client = _api.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
