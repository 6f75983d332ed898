using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marsad.Api;
using Marsad.Tests.Support;

namespace Marsad.Tests.Api;

public sealed class SqliteWriteRoutesTests() : WriteRoutesTests(StoreKind.Sqlite);

public sealed class PostgreSqlWriteRoutesTests() : WriteRoutesTests(StoreKind.PostgreSql);

/// <summary>The write routes on each kind of store: refused writes store nothing; accepted ones store and answer alike.</summary>
public abstract class WriteRoutesTests(StoreKind kind)
{
    private const string Token = "test-token-سر";

    // Two short articles written for these tests, as JSON Lines.
    private const string TwoArticles = """
        {"id":"w-1","outlet":"صحيفة الاختبار","title":"وزير الخارجية يزور عمّان","text":"وصل وزير الخارجية المصري سامح شكري إلى عمّان صباح الاثنين في زيارة تستمر يومين."}
        {"id":"w-2","outlet":"صحيفة الاختبار","title":"اجتماع في الرباط","text":"عقد وزراء الخارجية العرب اجتماعا في الرباط لبحث المساعدات الإنسانية."}

        """;

    private static MarsadApiFactory Api(TestStore data, string? token = Token, long maxBytes = 1024 * 1024) =>
        new(new MarsadApiOptions { DataFolder = data.DataFolder, PostgreSql = data.Location.PostgreSql, WriteToken = token, MaxRequestBytes = maxBytes });

    private static HttpRequestMessage Post(string path, string body, string? bearer, string mediaType = "application/x-ndjson")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return request;
    }

    private static async Task<(HttpStatusCode Status, JsonDocument Json)> Send(MarsadApiFactory api, HttpRequestMessage request)
    {
        using var client = api.CreateClient();
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    private static async Task<long> StoredArticles(MarsadApiFactory api)
    {
        using var client = api.CreateClient();
        using var stats = JsonDocument.Parse(await client.GetStringAsync("/api/stats", TestContext.Current.CancellationToken));
        return stats.RootElement.GetProperty("articles").GetInt64();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task AWriteWithoutTheTokenIs401AndStoresNothing(string? bearer)
    {
        using var data = TestStore.Create(kind);
        using var api = Api(data);

        var (status, problem) = await Send(api, Post("/api/ingest", TwoArticles, bearer));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("MARSAD-A001", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(0, await StoredArticles(api));
        Assert.False(Directory.Exists(Path.Combine(data.DataFolder, "uploads")));
    }

    [Fact]
    public async Task WithoutAConfiguredTokenWritesAreOffAndSaySo()
    {
        using var data = TestStore.Create(kind);
        using var api = Api(data, token: null);

        var (status, problem) = await Send(api, Post("/api/analyze", TwoArticles, "anything"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("MARSAD-A002", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("MARSAD_API_TOKEN", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(0, await StoredArticles(api));
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413AndStoresNothing()
    {
        using var data = TestStore.Create(kind);
        using var api = Api(data, maxBytes: 200);

        var (status, problem) = await Send(api, Post("/api/ingest", TwoArticles, Token));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("MARSAD-A003", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(0, await StoredArticles(api));
    }

    [Fact]
    public async Task AnUnreadableMediaTypeIs415()
    {
        using var data = TestStore.Create(kind);
        using var api = Api(data);

        var (status, problem) = await Send(api, Post("/api/ingest", "%PDF-1.4", Token, "application/pdf"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("MARSAD-A004", problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task IngestWithTheTokenStoresTheLinesAndAnswersTheIngestSummary()
    {
        using var data = TestStore.Create(kind);
        using var api = Api(data);

        var (status, summary) = await Send(api, Post("/api/ingest", TwoArticles, Token));
        var (_, again) = await Send(api, Post("/api/ingest", TwoArticles, Token));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(0, again.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(2, again.RootElement.GetProperty("duplicates").GetArrayLength());
        Assert.Equal(2, await StoredArticles(api));
    }

    [Fact]
    public async Task AnalyzeAnswersEveryArticleObjectAndStoresItsEntities()
    {
        using var data = TestStore.Create(kind);
        using var api = Api(data);
        using var form = new MultipartFormDataContent { { new StringContent(TwoArticles, Encoding.UTF8), "file", "../../escape/batch.jsonl" } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var (status, result) = await Send(api, request);

        Assert.Equal(HttpStatusCode.OK, status);
        var articles = result.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(["w-1", "w-2"], articles.Select(a => a.GetProperty("source_id").GetString()));
        Assert.All(articles, a => Assert.StartsWith(Path.Combine(data.DataFolder, "uploads"), a.GetProperty("source_path").GetString()));
        Assert.Equal(2, result.RootElement.GetProperty("summary").GetProperty("analyzed").GetInt32());
        using var client = api.CreateClient();
        using var rabat = JsonDocument.Parse(await client.GetStringAsync("/api/entities/" + Uri.EscapeDataString("الرباط"), TestContext.Current.CancellationToken));
        Assert.Equal("اجتماع في الرباط", rabat.RootElement.GetProperty("entities")[0].GetProperty("mentions")[0].GetProperty("title").GetString());
    }
}
