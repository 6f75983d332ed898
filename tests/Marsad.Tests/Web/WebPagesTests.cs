using System.Net;
using System.Text.RegularExpressions;
using Marsad.Api;
using Marsad.Api.Web;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Tests.Api;

namespace Marsad.Tests.Web;

public sealed class WebPagesTests(WebSamples samples) : IClassFixture<WebSamples>, IDisposable
{
    private readonly MarsadApiFactory _app = new(new MarsadApiOptions { DataFolder = samples.Data });

    public void Dispose() => _app.Dispose();

    private async Task<(HttpResponseMessage Response, string Html)> Get(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private string FirstStoryId()
    {
        using var store = MarsadStore.Open(samples.Data);
        return new StoryService(store).Stories().First(s => s.Outlets.Count > 1).Id;
    }

    [Fact]
    public async Task EveryPageIsArabicRightToLeftWithTheStrictPolicyAndItsJsonTwin()
    {
        var pages = new (string Path, string? Json)[]
        {
            ("/", "/api/stats"),
            ("/search?q=*", "/api/search?q="),
            ("/search?q=" + Uri.EscapeDataString("الرباط"), "/api/search?q=" + Uri.EscapeDataString("الرباط")),
            ("/search", null),
            ("/articles/" + WebSamples.HostileId, "/api/articles/"),
            ("/entities/gpe:egypt", "/api/entities/gpe:egypt"),
            ("/stories/" + FirstStoryId(), "/api/stories/" + FirstStoryId()),
            ("/events", "/api/events"),
            ("/events?type=CONSULT&modality=asserted", "/api/events?type=CONSULT&amp;modality=asserted"),
            ("/incidents", "/api/incidents"),
        };
        foreach (var (path, json) in pages)
        {
            var (response, html) = await Get(path);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">", html);
            Assert.Equal(MarsadWeb.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain("style=", html);
            if (json is not null) Assert.Contains($"<a class=\"json\" href=\"{json}", html);
        }
    }

    [Fact]
    public async Task APageAskedForWithBrotliComesCompressedAndDecompressesToThePlainPage()
    {
        var path = "/articles/" + WebSamples.HostileId;
        var (_, plain) = await Get(path);
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(brotli);
        Assert.Equal(plain, await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        Assert.True(compressed.Length * 2 < System.Text.Encoding.UTF8.GetByteCount(plain));
    }

    [Fact]
    public async Task HostileArticleRendersItsMarkupAsTextAndNeutralizesTheOverride()
    {
        var (_, html) = await Get("/articles/" + WebSamples.HostileId);
        Assert.Contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; تحذير \uFFFDgpj.exe", html);
        Assert.Contains("&lt;img src=x onerror=&quot;document.body.dataset.pwned=1&quot;&gt;", html);
        Assert.Contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;", html);
        Assert.Contains("&lt;b&gt;منفذ&lt;/b&gt;", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.DoesNotContain('\u202E', html);
    }

    [Fact]
    public async Task ArticlePageMarksEntitiesTimesAndQuotesWithLinksToTheirDetails()
    {
        var (_, html) = await Get("/articles/" + WebSamples.HostileId);
        // «الأردنية» is an entity mention linked to its entity page, «يوم الأحد» a time with its normalized value.
        Assert.Matches("<a class=\"m m-ent\" href=\"#ent-\\d+\" title=\"كيان\">الأردنية</a>", html);
        Assert.Matches("<a class=\"m m-time\" href=\"#time-1\" title=\"زمن\">[^<]*الأحد</a>", html);
        Assert.Contains("<dt>القيمة المعيارية</dt>", html);
        Assert.Contains("href=\"/entities/gpe:jordan\"", html);
        Assert.Contains("class=\"m m-quote\"", html);
    }

    [Fact]
    public async Task EntityArticleAndStoryPagesLinkToEachOther()
    {
        var (_, entity) = await Get("/entities/gpe:egypt");
        var article = Regex.Match(entity, "href=\"(/articles/[0-9a-f]+)\"").Groups[1].Value;
        var (_, articleHtml) = await Get(article);
        Assert.Contains("href=\"/entities/gpe:egypt\"", articleHtml);

        var storyId = FirstStoryId();
        var (_, story) = await Get("/stories/" + storyId);
        using var store = MarsadStore.Open(samples.Data);
        var held = new StoryService(store).Story(storyId)!.Story.Articles.Select(a => a.Id).ToList();
        Assert.True(held.Count > 1);
        foreach (var id in held) Assert.Contains($"href=\"/articles/{id}\"", story);
        Assert.Contains("<svg", story);
    }

    [Fact]
    public async Task SearchShowsHitsWithHighlightedSnippetsAndFacetLinks()
    {
        var (_, html) = await Get("/search?q=" + Uri.EscapeDataString("الرباط"));
        Assert.Matches("<mark>[^<]*الرباط</mark>", html);
        Assert.Contains("href=\"/search?q=%D8%A7%D9%84%D8%B1%D8%A8%D8%A7%D8%B7&amp;outlet=", html);
    }

    [Fact]
    public async Task EventsPageFiltersByTypeAndChartsTypeCountsOverTime()
    {
        var (_, all) = await Get("/events");
        var (_, consult) = await Get("/events?type=CONSULT");

        Assert.Contains("<svg", all);
        Assert.Matches("<rect class=\"cell l[1-4]\"[^>]*><title>CONSULT \\d{4}-\\d{2}(-\\d{2})?: [1-9]", all);
        var types = Regex.Matches(consult, "<td><code dir=\"ltr\">([A-Z]+)</code></td>").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(["CONSULT"], types);
        Assert.Contains("<option value=\"CONSULT\" selected>", consult);
        Assert.True(Regex.Matches(all, "<td><code dir=\"ltr\">").Count > Regex.Matches(consult, "<td><code dir=\"ltr\">").Count);
    }

    [Fact]
    public async Task EventsPageWithABadFilterSaysWhichWithTheCliCode()
    {
        var (_, html) = await Get("/events?type=PLANET", HttpStatusCode.BadRequest);
        Assert.Contains("MARSAD-V001", html);
    }

    [Fact]
    public async Task StoryPageShowsTheOutletComparisonFromTheStoryView()
    {
        var storyId = FirstStoryId();
        var (_, html) = await Get("/stories/" + storyId);

        foreach (var section in new[] { "id=\"shared\"", "id=\"only\"", "id=\"conflicts\"", "id=\"quoted\"", "id=\"terms\"", "أول من نشر" })
            Assert.Contains(section, html);
        Assert.Contains("<a class=\"json\" href=\"/api/stories/" + storyId + "\"", html);
    }

    [Fact]
    public async Task StoryPageListsEachOutletsUnnamedSourcesAsWrittenWithoutALink()
    {
        using var store = MarsadStore.Open(samples.Data);
        var (storyId, unnamed) = new StoryService(store).Stories().Select(s => (s.Id, Comparison: new StoryService(store).Story(s.Id)!.Comparison))
            .Select(s => (s.Id, Texts: s.Comparison.Unnamed.Values.SelectMany(t => t).ToList())).First(s => s.Texts.Count > 0);
        var (_, html) = await Get("/stories/" + storyId);

        foreach (var text in unnamed)
            Assert.Contains("<span class=\"tag unnamed\" title=\"مصدر لا يسمّيه المنفذ\"><bdi>" + text + "</bdi></span>", html);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("two")]
    [InlineData("2")]
    public async Task AStoryPageOutsideItsPagesAnswers400WithTheCliCode(string page)
    {
        var storyId = FirstStoryId();
        var (_, first) = await Get("/stories/" + storyId + "?page=1");
        Assert.DoesNotContain("rel=\"next\"", first); // the samples' stories fit one page

        var (_, html) = await Get("/stories/" + storyId + "?page=" + page, HttpStatusCode.BadRequest);
        Assert.Contains("MARSAD-V001", html);
    }

    [Fact]
    public async Task HomeListsTheLastStoredArticleFirstAndTheStoriesWithTheNewestDays()
    {
        using var store = MarsadStore.Open(samples.Data);
        var newest = store.Articles.Newest(2);
        var expected = new List<string>();
        using (var command = store.Connection.CreateCommand())
        {
            // The stories' order by definition: newest placed day first, ties by id.
            command.CommandText = """
                SELECT g.story_id FROM story_assignments g JOIN story_articles s ON s.article_id = g.article_id
                GROUP BY g.story_id ORDER BY max(s.day) DESC, g.story_id LIMIT 5
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) expected.Add(reader.GetString(0));
        }

        var (_, html) = await Get("/");

        Assert.Equal(expected, new StoryRepository(store).Latest(5));
        Assert.Equal(expected.Take(2), new StoryRepository(store).Latest(2));
        var latest = html[html.IndexOf("id=\"latest\"", StringComparison.Ordinal)..];
        Assert.True(latest.IndexOf(Display.Article(newest[0].Id), StringComparison.Ordinal) < latest.IndexOf(Display.Article(newest[1].Id), StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownArticleAnswers404WithTheCodeInAPage()
    {
        var (_, html) = await Get("/articles/ffffffffffff", HttpStatusCode.NotFound);
        Assert.Contains("MARSAD-V002", html);
    }

    [Fact]
    public async Task TheStylesheetAndFontAreServedByTheApp()
    {
        using var client = _app.CreateClient();
        using var css = await client.GetAsync("/assets/marsad.css", TestContext.Current.CancellationToken);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        using var font = await client.GetAsync("/assets/noto-naskh-arabic-arabic-400-normal.woff2", TestContext.Current.CancellationToken);
        Assert.Equal("font/woff2", font.Content.Headers.ContentType?.MediaType);
        using var missing = await client.GetAsync("/assets/..%2Fmarsad.db", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public void BidiControlsAreReplacedOneForOneSoOffsetsHold()
    {
        Assert.Equal("a\uFFFDb\uFFFDc", Display.Neutral("a\u202Eb\u2067c"));
        Assert.Equal("نص عادي", Display.Neutral("نص عادي"));
    }

    [Fact]
    public async Task EntityPageListsTheEntitiesMentionedBesideItMostSharedArticlesFirst()
    {
        var (_, html) = await Get("/entities/gpe:egypt");

        var section = html[html.IndexOf("id=\"cooccurring\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        // Of Egypt's five articles, three also mention Ethiopia, Sudan and the Nile (ties by id), two Algeria.
        var listed = Regex.Matches(section, "<a href=\"/entities/([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["gpe:ethiopia", "gpe:sudan", "loc:nile", "gpe:algeria"], listed.Take(4));
        Assert.DoesNotContain("gpe:egypt", listed);
        Assert.Contains("<bdi>إثيوبيا</bdi></a>", section);
        Assert.Matches("GPE · <bdi lang=\"en\" dir=\"ltr\">Ethiopia</bdi> · <bdi dir=\"ltr\">3</bdi> مقالة", section);
        Assert.Contains("في <bdi dir=\"ltr\">5</bdi> مقالة", section);
    }

    [Fact]
    public async Task ArticlePageMarksEventTriggersWithTheirCodingAndModality()
    {
        // «الأردن: هجوم إلكتروني يعطل أنظمة مستشفيات حكومية»: the attack is a COERCE event the article alleges.
        var (_, html) = await Get("/articles/c667e6b4ac5c777e");

        Assert.Contains("<a class=\"m m-event\" href=\"#event-e1-1\" title=\"حدث\">هجوم إلكتروني</a>", html);
        var details = html[html.IndexOf("<li id=\"event-e1-1\"", StringComparison.Ordinal)..];
        details = details[..details.IndexOf("</li>", StringComparison.Ordinal)];
        var facts = Regex.Matches(details, "<dt>([^<]+)</dt>\\s*<dd><bdi>([^<]+)</bdi></dd>").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal([("النوع (PLOVER)", "COERCE"), ("الصيغة", "cyber"), ("CAMEO", "172"), ("الجهة (modality)", "alleged")], facts.Take(4));
    }

    [Fact]
    public async Task LatinNamesAndNumbersSitInLeftToRightIsolatesInsideTheArabicText()
    {
        var (_, entity) = await Get("/entities/gpe:egypt");
        var (_, home) = await Get("/");

        Assert.Contains("<bdi lang=\"en\" dir=\"ltr\">Egypt</bdi>", entity);
        Assert.Contains("<code dir=\"ltr\">gpe:egypt</code>", entity);
        Assert.Matches("<bdi dir=\"ltr\">13</bdi> مقالة من <bdi dir=\"ltr\">\\d+</bdi> منفذ", home);
        Assert.Matches("<td class=\"num\"><bdi dir=\"ltr\">\\d+</bdi></td>", home);
    }

    [Fact]
    public async Task ATitleAndOutletOfOnlyZeroWidthCharactersShowTheIdAndNoOutletInstead()
    {
        // Looked up by its source's id; shown by the store's id, the hash of its text.
        var id = Marsad.Documents.ArticleIdentity.Of(WebSamples.ZeroWidthText);
        var (_, html) = await Get("/articles/" + WebSamples.ZeroWidthId);
        var (_, search) = await Get("/search?q=" + Uri.EscapeDataString("المتحف"));

        Assert.Contains("<h1><bdi>" + id + "</bdi></h1>", html);
        Assert.Contains("<p class=\"meta\"><bdi>بلا منفذ</bdi>", html);
        Assert.Contains("&lt;a href=&quot;java\u200Bscript:document.body.dataset.pwned=1&quot;&gt;", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains($"<a href=\"/articles/{id}\"><bdi>{id}</bdi></a>", search);
    }

    [Fact]
    public void LabelsFallBackWhenTheTextShowsNothingAndKeepVisibleText()
    {
        Assert.Equal("id-1", Display.Label("\u200B\u2060\uFEFF \u200E", "id-1"));
        Assert.Equal("id-1", Display.Label(null, "id-1"));
        Assert.Equal("\u200Bعنوان\uFFFD", Display.Label("\u200Bعنوان\u202E", "id-1"));
    }
}
