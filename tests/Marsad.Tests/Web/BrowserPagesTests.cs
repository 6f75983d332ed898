using Marsad.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Marsad.Tests.Web;

/// <summary>
/// The pages in a real browser: Debian's chromium driven by Playwright against <c>marsad serve</c>'s app on a free port.
/// Playwright's own browser download cannot work offline, so the system executable is used; when it is missing the
/// tests skip with a message, except in CI (<c>CI=true</c>) where they fail (scripts/install-chromium.sh installs it).
/// </summary>
public sealed class BrowserPagesTests(WebSamples samples) : IClassFixture<WebSamples>
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private static string Screenshots => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    private static void RequireBrowser()
    {
        if (File.Exists(Chromium)) return;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{Chromium} is missing: CI must run scripts/install-chromium.sh before the tests.");
        Assert.Skip($"{Chromium} is missing: run scripts/install-chromium.sh to run the browser tests.");
    }

    private async Task<(WebApplication App, string Url)> Serve()
    {
        var app = MarsadApi.Build(new MarsadApiOptions { DataFolder = samples.Data }, "http://127.0.0.1:0");
        await app.StartAsync(TestContext.Current.CancellationToken);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, url);
    }

    private static async Task<(IPlaywright Playwright, IBrowser Browser)> Launch()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        return (playwright, browser);
    }

    [Fact]
    public async Task AnalystClicksFromArticleToEntityToStoryWithNoConsoleErrors()
    {
        RequireBrowser();
        var (app, url) = await Serve();
        await using var _ = app;
        var (playwright, browser) = await Launch();
        using var __ = playwright;
        await using var ___ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text + " " + m.Location); };
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(url + "/");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "home.png"), FullPage = true });

        // Home → a story → one of its articles → an entity it mentions → that entity's story links back.
        await page.Locator("a[href^='/stories/']").First.ClickAsync();
        await page.WaitForURLAsync("**/stories/**");
        Assert.True(await page.Locator("svg a[href^='/articles/']").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "story.png"), FullPage = true });

        await page.Locator("main a[href^='/articles/']").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        var mark = page.Locator("article.text a.m-ent").First;
        await mark.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Contains("#ent-", page.Url);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "article.png"), FullPage = true });

        await page.Locator("li:target a[href^='/entities/']").First.ClickAsync();
        await page.WaitForURLAsync("**/entities/**");
        Assert.True(await page.Locator("main a[href^='/articles/']").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "entity.png"), FullPage = true });

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(url + "/search?q=*");
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the search page scrolls sideways at phone width");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "search-phone.png"), FullPage = true });

        Assert.Empty(errors);
    }

    [Fact]
    public async Task HostileArticleRunsNoScriptInTheBrowser()
    {
        RequireBrowser();
        var (app, url) = await Serve();
        await using var _ = app;
        var (playwright, browser) = await Launch();
        using var __ = playwright;
        await using var ___ = browser;
        var page = await browser.NewPageAsync();
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
    }
}
