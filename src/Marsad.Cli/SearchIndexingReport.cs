using Marsad.Search;

namespace Marsad.Cli;

/// <summary>How the CLI tells the user that a write did not keep the search index up to date: one line on stderr.</summary>
internal static class SearchIndexingReport
{
    public static void Report(this SearchIndexing search)
    {
        if (search.Warning is { } warning) Console.Error.WriteLine($"marsad: warning: {warning}");
    }
}
