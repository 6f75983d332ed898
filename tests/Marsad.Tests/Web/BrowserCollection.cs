namespace Marsad.Tests.Web;

/// <summary>
/// The browser tests run alone, after every other test class: they wait on a real chromium and an in-process server, and
/// beside the CPU-heavy classes on two cores a navigation could outlast Playwright's 30 s wait (four times in one day's
/// full runs, never when they ran alone).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "browser";
}
