using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marsad.Tests.Web;

/// <summary>
/// Waits for the page a click or a key sent the browser to. Playwright's <c>WaitForURLAsync</c> reads the address and
/// then subscribes to the navigation event; an event delivered in between is lost and the wait runs out at 30 s
/// (microsoft/playwright-dotnet#3364, open). Here it failed about one full test run in two on a loaded machine, with the
/// page logged as navigated and loaded well before the timeout. The address is asserted instead by
/// <c>Expect(page).ToHaveURLAsync</c>, which the driver polls, and the load state is asked for in short waits, since a
/// load event missed the same way is still recorded and found by the next ask.
/// </summary>
internal static class PageArrival
{
    private const int Seconds = 30;

    /// <summary>Returns once the page's address matches <paramref name="address"/> and that page has loaded.</summary>
    public static async Task ArriveAsync(this IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = Seconds * 1000 });
        for (var second = 1; ; second++)
        {
            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 1000 });
                return;
            }
            catch (TimeoutException) when (second < Seconds)
            {
            }
        }
    }

    /// <summary>Returns once the page is at a path that starts with <paramref name="path"/> (query included) and has loaded.</summary>
    public static Task ArriveAtAsync(this IPage page, string path) =>
        page.ArriveAsync(new Regex("^https?://[^/]+" + Regex.Escape(path)));
}
