using Microsoft.Playwright;

namespace Marsad.Tests.Web;

/// <summary>
/// One headless chromium for all the browser tests of a class: starting Playwright's driver and the browser took seconds
/// per test on a shared machine, and each test opens its own page (its own context) anyway. Debian's chromium is used
/// (Playwright's own browser download cannot work offline); when it is missing the session holds no browser and
/// <see cref="Browser"/> skips the test with a message, except in CI (<c>CI=true</c>) where it fails
/// (scripts/install-chromium.sh installs it).
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The shared browser; skips (or in CI fails) the calling test when chromium is not installed.</summary>
    public IBrowser Browser
    {
        get
        {
            if (_browser is not null) return _browser;
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail($"{Chromium} is missing: CI must run scripts/install-chromium.sh before the tests.");
            Assert.Skip($"{Chromium} is missing: run scripts/install-chromium.sh to run the browser tests.");
            return null!;
        }
    }

    /// <summary>
    /// A new page (its own context) whose requests, answers, failures, navigations and load events are written with their
    /// time to the test's output, which the runner shows when the test fails: a navigation that never comes is then
    /// told apart from one whose page never finished loading, and from a request the server never answered.
    /// </summary>
    public async Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
    {
        var page = await Browser.NewPageAsync(options);
        var output = TestContext.Current.TestOutputHelper;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Log(string what)
        {
            // A page left open keeps reporting after its test has ended, when the output no longer takes lines; an
            // exception here would be thrown on Playwright's dispatch and fail whichever test runs next.
            try
            {
                output?.WriteLine($"{clock.ElapsedMilliseconds,7} ms  {what}");
            }
            catch (InvalidOperationException)
            {
            }
        }
        page.Request += (_, r) => Log($"→ {r.Method} {r.Url}");
        page.Response += (_, r) => Log($"← {r.Status} {r.Url}");
        page.RequestFailed += (_, r) => Log($"✗ {r.Url} {r.Failure}");
        page.FrameNavigated += (_, f) => { if (f.ParentFrame is null) Log($"navigated {f.Url}"); };
        page.DOMContentLoaded += (_, _) => Log("domcontentloaded");
        page.Load += (_, _) => Log("load");
        page.Crash += (_, _) => Log("page crashed");
        return page;
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium)) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
