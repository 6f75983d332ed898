using System.Net;
using System.Text.Json;
using Marsad.Api;
using Marsad.Storage;
using Marsad.Stories.Views;
using Marsad.Tests.Support;

namespace Marsad.Tests.Api;

/// <summary>
/// <c>GET /api/stories/{id}</c> is a read: with articles stored but not placed in a story (ingested without analysis) it
/// answers from the stories as placed and says how many wait, and leaves placing them to the list route.
/// </summary>
public sealed class StoryReadTests : IDisposable
{
    private const string Unplaced = """{"id": "unplaced-1", "outlet": "صحيفة الشمال", "published": "2024-06-14T08:00:00+03:00", "title": "وزير المياه يزور السد", "text": "زار وزير المياه والري سد الملك طلال صباح الجمعة واطلع على منسوب المياه في البحيرة."}""";

    private readonly TempFolder _data = new();
    private readonly TempFolder _input = new();
    private readonly MarsadApiFactory _api;

    public StoryReadTests()
    {
        Assert.Equal(0, CliRunner.Run("analyze", Path.Combine(RepoPaths.Samples, "amman-cyber"), "--json", "--data", _data.Path).ExitCode);
        Assert.Equal(0, CliRunner.Run("ingest", _input.Write("late.jsonl", Unplaced + "\n"), "--data", _data.Path).ExitCode);
        _api = new MarsadApiFactory(new MarsadApiOptions { DataFolder = _data.Path });
    }

    public void Dispose()
    {
        _api.Dispose();
        _data.Dispose();
        _input.Dispose();
    }

    private (string Id, long Placed, string PlacedArticle) Store()
    {
        using var store = MarsadStore.Open(_data.Path);
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT a.id, (SELECT count(*) FROM story_assignments), (SELECT min(article_id) FROM story_assignments) FROM articles a WHERE a.source_id = 'unplaced-1'";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetString(0), reader.GetInt64(1), reader.GetString(2));
    }

    private async Task<(HttpStatusCode Status, JsonDocument Body)> Get(string path)
    {
        using var client = _api.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task OneStoryReportsThePendingArticleWithoutPlacingIt()
    {
        var (unplaced, placed, placedArticle) = Store();

        var (status, story) = await Get("/api/stories/" + placedArticle);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, story.RootElement.GetProperty("pending_articles").GetInt64());
        var articles = story.RootElement.GetProperty("clusters").EnumerateArray().Sum(c => c.GetProperty("articles").GetArrayLength());
        Assert.Equal(articles, story.RootElement.GetProperty("comparison").GetProperty("articles_compared").GetInt32());
        Assert.Equal(placed, Store().Placed);

        var (missing, problem) = await Get("/api/stories/" + unplaced);
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("MARSAD-V005", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("not placed in a story yet (1 articles wait)", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(placed, Store().Placed);
    }

    [Fact]
    public async Task TheListPlacesWhatWaitsAndThenTheArticleHasItsStory()
    {
        var (unplaced, placed, _) = Store();

        Assert.Equal(HttpStatusCode.OK, (await Get("/api/stories")).Status);
        var (status, story) = await Get("/api/stories/" + unplaced);

        Assert.Equal(placed + 1, Store().Placed);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, story.RootElement.GetProperty("pending_articles").GetInt64());
        Assert.Contains(story.RootElement.GetProperty("clusters").EnumerateArray().SelectMany(c => c.GetProperty("articles").EnumerateArray()),
            a => a.GetProperty("id").GetString() == unplaced);
    }

    [Fact]
    public async Task AStoryReadTwiceIsTheSameJsonAndChangesOnceTheStoreDoes()
    {
        var (_, _, placedArticle) = Store();
        using var client = _api.CreateClient();
        async Task<string> Body() => await client.GetStringAsync("/api/stories/" + placedArticle, TestContext.Current.CancellationToken);

        var first = await Body();
        var again = await Body();
        Assert.Equal(first, again);
        Assert.Equal(1, JsonDocument.Parse(first).RootElement.GetProperty("pending_articles").GetInt64());

        // The list places the waiting article: a commit, so the JSON kept for the old store version is not served.
        Assert.Equal(HttpStatusCode.OK, (await Get("/api/stories")).Status);
        Assert.Equal(0, JsonDocument.Parse(await Body()).RootElement.GetProperty("pending_articles").GetInt64());
    }
}
