using System.Text.RegularExpressions;
using Marsad.Api;
using Marsad.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Marsad.Tests.Web;

/// <summary>
/// The pages in a real browser: Debian's chromium (one for the class, <see cref="BrowserSession"/>) driven by Playwright
/// against <c>marsad serve</c>'s app on a free port; each test opens its own page.
/// </summary>
public sealed class BrowserPagesTests(WebSamples samples, WebSeeds seeds, BrowserSession session)
    : IClassFixture<WebSamples>, IClassFixture<WebSeeds>, IClassFixture<BrowserSession>
{
    private static string Screenshots => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    private Task<(WebApplication App, string Url)> Serve() => Serve(samples.Data);

    private static async Task<(WebApplication App, string Url)> Serve(string data)
    {
        var app = MarsadApi.Build(new MarsadApiOptions { DataFolder = data }, "http://127.0.0.1:0");
        await app.StartAsync(TestContext.Current.CancellationToken);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, url);
    }

    [Fact]
    public async Task AnalystClicksFromArticleToEntityToStoryWithNoConsoleErrors()
    {
        var (app, url) = await Serve();
        await using var _ = app;
        var page = await session.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text + " " + m.Location); };
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(url + "/");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "home.png"), FullPage = true });

        // Home → a story → one of its articles → an entity it mentions → that entity's story links back.
        await page.Locator("a[href^='/stories/']").First.ClickAsync();
        await page.ArriveAtAsync("/stories/");
        Assert.True(await page.Locator("svg a[href^='/articles/']").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "story.png"), FullPage = true });

        await page.Locator("main a[href^='/articles/']").First.ClickAsync();
        await page.ArriveAtAsync("/articles/");
        var mark = page.Locator("article.text a.m-ent").First;
        await mark.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Contains("#ent-", page.Url);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "article.png"), FullPage = true });

        await page.Locator("li:target a[href^='/entities/']").First.ClickAsync();
        await page.ArriveAtAsync("/entities/");
        Assert.True(await page.Locator("main a[href^='/articles/']").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "entity.png"), FullPage = true });

        // Entity → a story it appears in: the timeline and the outlet comparison.
        await page.Locator("#stories + ul a[href^='/stories/']").First.ClickAsync();
        await page.ArriveAtAsync("/stories/");
        Assert.True(await page.Locator("svg g.cluster").CountAsync() > 0);
        Assert.Equal(1, await page.Locator("#terms").CountAsync());

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(url + "/search?q=*");
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the search page scrolls sideways at phone width");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "search-phone.png"), FullPage = true });

        Assert.Empty(errors);
    }

    /// <summary>Opens each path, failing on a non-200 answer or a console error, and saves a screenshot named after it.</summary>
    private async Task<IPage> LoadEvery(string url, string prefix, IEnumerable<string> paths)
    {
        var page = await session.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text + " " + m.Location); };
        page.PageError += (_, e) => errors.Add(e);
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(url + path);
            Assert.True(response?.Status == 200, $"{path} answered {response?.Status}");
            Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
            Assert.Equal(1, await page.Locator("footer a.json").CountAsync());
            var name = path == "/" ? "home" : string.Concat(path.Trim('/').Split('?')[0].Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{prefix}-{name}.png"), FullPage = true });
        }
        Assert.Empty(errors);
        return page;
    }

    private static IEnumerable<string> EveryPage(string data)
    {
        using var store = Marsad.Storage.MarsadStore.Open(data);
        var stories = new Marsad.Stories.StoryService(store).Stories();
        var article = stories.SelectMany(s => s.Articles).First().Id;
        var entity = new Marsad.Entities.EntityRepository(store).List(null, 1)[0].Id;
        return ["/", "/search?q=*", "/events", "/incidents", Marsad.Api.Web.Display.Story(stories.OrderByDescending(s => s.Articles.Count()).First().Id),
            Marsad.Api.Web.Display.Article(article), Marsad.Api.Web.Display.Entity(entity)];
    }

    [Fact]
    public async Task EveryPageOfTheSamplesLoadsWithNoConsoleErrors()
    {
        var (app, url) = await Serve();
        await using var _ = app;

        var page = await LoadEvery(url, "samples", EveryPage(samples.Data));

        await page.GotoAsync(url + "/events");
        await page.SelectOptionAsync("select[name=type]", "CONSULT");
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync("/events?type=CONSULT");
        var types = await page.Locator("main table td:first-child code").AllInnerTextsAsync();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("CONSULT", t));
        Assert.True(await page.Locator("figure.heat rect.cell").CountAsync() > 0);
    }

    [Fact]
    public async Task SeedsShowTheirStoryBothEventsTheLoadedTermInOneOutletAndRamasQuotes()
    {
        SharedData.Seed(0);
        var (app, url) = await Serve(seeds.Data);
        await using var _ = app;

        var page = await LoadEvery(url, "seeds", EveryPage(seeds.Data));

        await page.GotoAsync(url + "/");
        await page.Locator("#stories + ul a[href^='/stories/']").First.ClickAsync();
        await page.ArriveAtAsync("/stories/");
        // Both events of the story: two event clusters on the timeline, six weeks apart, one article of each outlet.
        Assert.Equal(2, await page.Locator("svg g.cluster").CountAsync());
        Assert.Equal(2, await page.Locator("svg a[href^='/articles/'] circle").CountAsync());
        Assert.Equal(2, await page.Locator("article.cluster-entry").CountAsync());
        // الاحتلال is a loaded term of one outlet's wording only.
        var wording = await page.Locator("ul.terms > li").AllInnerTextsAsync();
        Assert.Equal(2, wording.Count);
        Assert.Single(wording, w => w.Contains("الاحتلال", StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "seeds-story-full.png"), FullPage = true });

        // Rama's quotes on his entity page, reached from the story's "who each outlet quotes".
        await page.Locator("ul.quoted a[href='/entities/per:edi-rama']").ClickAsync();
        await page.ArriveAsync(new Regex("/entities/per:edi-rama$"));
        Assert.True(await page.Locator("#quotes + ul > li").CountAsync() > 0);
        Assert.Contains("راما", await page.Locator("h1").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "seeds-rama.png"), FullPage = true });

        // The cyber incident with Albania as victim and its attributions.
        await page.GotoAsync(url + "/incidents");
        Assert.True(await page.Locator("article.incident").CountAsync() > 0);
        Assert.Contains("ALB", await page.Locator("article.incident").First.InnerTextAsync());
    }

    [Fact]
    public async Task HostileArticleRunsNoScriptInTheBrowser()
    {
        var (app, url) = await Serve();
        await using var _ = app;
        var page = await session.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };

        await page.GotoAsync(url + "/articles/" + WebSamples.HostileId);
        Assert.Equal(0, dialogs);
        Assert.Null(await page.GetAttributeAsync("body", "data-pwned"));
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
        Assert.StartsWith("<script>alert('title')</script>", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("<img src=x onerror=", await page.Locator("article.text").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "hostile.png"), FullPage = true });

        // The pages that list it too: its story, the events, the incidents, a search for it.
        var story = await page.Locator("main a[href^='/stories/']").First.GetAttributeAsync("href");
        foreach (var path in new[] { story!, "/events", "/incidents", "/search?q=" + Uri.EscapeDataString("عمان"), "/" })
        {
            await page.GotoAsync(url + path);
            Assert.Equal(0, dialogs);
            Assert.Null(await page.GetAttributeAsync("body", "data-pwned"));
            Assert.Equal(0, await page.Locator("main img, main script, main b").CountAsync());
            Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
            Assert.Equal("مرصد", (await page.Locator("header .brand").InnerTextAsync()).Trim());
        }
        Assert.Contains("<b>منفذ</b>", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task EveryPageFitsAPhoneWidthWithoutScrollingSideways()
    {
        var (app, url) = await Serve();
        await using var _ = app;
        var page = await session.NewPageAsync(new() { ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true });

        foreach (var path in EveryPage(samples.Data).Append("/search?q=" + Uri.EscapeDataString("الرباط")))
        {
            await page.GotoAsync(url + path);
            var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1] + 1, $"{path} is {widths[0]} px wide at a {widths[1]} px phone");
            var name = path == "/" ? "home" : string.Concat(path.Trim('/').Split('?')[0].Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"phone-{name}.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task KeyboardAloneSkipsToTheContentSearchesAndOpensAHit()
    {
        var (app, url) = await Serve();
        await using var _ = app;
        var page = await session.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        await page.GotoAsync(url + "/");

        // The first Tab lands on the skip link, shown with the focus outline; Enter moves focus to the content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("تخطَّ إلى المحتوى", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.Equal("solid", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));

        // From the content, Tab reaches the home page's search box; typing and Enter search.
        for (var i = 0; i < 5 && await page.EvaluateAsync<string>("document.activeElement.id") != "home-q"; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal("home-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("الرباط");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("/search?q=");

        // Tab on to the first hit and open it with Enter.
        var hit = await page.Locator("ol.hits a[href^='/articles/']").First.GetAttributeAsync("href");
        for (var i = 0; i < 60 && await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')") != hit; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal(hit, await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync(new Regex(Regex.Escape(hit!) + "$"));
        Assert.True(await page.Locator("article.text a.m").CountAsync() > 0);
    }

    [Fact]
    public async Task AZeroWidthTitleShowsTheIdAndItsHiddenLinkRunsNothing()
    {
        var (app, url) = await Serve();
        await using var _ = app;
        var page = await session.NewPageAsync();

        // Its payloads mark the body when they run; the text is clicked where the hidden link would be.
        await page.GotoAsync(url + "/articles/" + WebSamples.ZeroWidthId);
        Assert.Equal(Marsad.Documents.ArticleIdentity.Of(WebSamples.ZeroWidthText), (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.Equal(0, await page.Locator("a[href*='script:']").CountAsync());
        await page.Locator("article.text").ClickAsync();
        Assert.Null(await page.GetAttributeAsync("body", "data-pwned"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "hostile-zero-width.png"), FullPage = true });
    }
}
