using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marsad.Api;
using Marsad.Ingest;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Api;

/// <summary>The write routes keep the search index up to date: a search right after an upload finds what it stored.</summary>
public sealed class WriteRoutesSearchTests
{
    private const string Token = "test-token-بحث";

    // Two short articles written for these tests, as JSON Lines.
    private const string TwoArticles = """
        {"id":"s-1","outlet":"صحيفة الاختبار","title":"هجوم إلكتروني على وزارة المالية","text":"تعرضت وزارة المالية لهجوم إلكتروني صباح الأحد، وقالت إن أنظمتها عادت إلى العمل مساءً."}
        {"id":"s-2","outlet":"صحيفة الاختبار","title":"اجتماع في الرباط","text":"عقد وزراء الخارجية العرب اجتماعا في الرباط لبحث المساعدات الإنسانية للاجئين."}

        """;

    private static MarsadApiFactory Api(TempFolder data) =>
        new(new MarsadApiOptions { DataFolder = data.Path, WriteToken = Token, MaxRequestBytes = 1024 * 1024 });

    private static async Task<HttpResponseMessage> Post(HttpClient client, string path, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/x-ndjson") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<List<string?>> Found(HttpClient client, string q)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q), TestContext.Current.CancellationToken));
        return [.. json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("article").GetProperty("source_id").GetString())];
    }

    [Fact]
    public async Task ASearchRightAfterAnIngestFindsTheNewArticlesByTheirVariants()
    {
        using var data = new TempFolder();
        using var api = Api(data);
        using var client = api.CreateClient();

        using var response = await Post(client, "/api/ingest", TwoArticles);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains(IngestApi.IndexWarningHeader));
        // «الهجمات» finds «لهجوم» and «هجوم» (clitics, broken plural's stem); «بالرباط» finds «الرباط».
        Assert.Equal(["s-1"], await Found(client, "الهجوم"));
        Assert.Equal(["s-2"], await Found(client, "بالرباط"));
    }

    [Fact]
    public async Task ASearchRightAfterAnAnalyzeFindsTheNewArticlesAndASecondUploadIsIndexedToo()
    {
        using var data = new TempFolder();
        using var api = Api(data);
        using var client = api.CreateClient();

        using (var first = await Post(client, "/api/analyze", TwoArticles.Split('\n')[0] + "\n"))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(["s-1"], await Found(client, "وزارة"));

        using var second = await Post(client, "/api/analyze", TwoArticles.Split('\n')[1] + "\n");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Contains(IngestApi.IndexWarningHeader));
        Assert.Equal(["s-2"], await Found(client, "الرباط"));
        Assert.Equal(2, (await Found(client, "*")).Count);
    }

    [Fact]
    public async Task AWriteOnAStoreWhoseIndexIsMissingStoresTheArticlesAndSaysToReindex()
    {
        using var data = new TempFolder();
        var earlier = data.File("earlier.jsonl");
        File.WriteAllText(earlier, TwoArticles.Split('\n')[0] + "\n");
        using (var store = MarsadStore.Open(data.Path)) new Ingestor(store).Ingest([earlier], cancellationToken: TestContext.Current.CancellationToken);
        using var api = Api(data);
        using var client = api.CreateClient();

        using var response = await Post(client, "/api/ingest", TwoArticles.Split('\n')[1] + "\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("search index not updated. There is no search index in this data folder: run 'marsad reindex'.",
            Assert.Single(response.Headers.GetValues(IngestApi.IndexWarningHeader)));
        Assert.False(Directory.Exists(data.File("search-index")));
    }
}
