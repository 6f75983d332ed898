using Marsad.Storage;
using Marsad.Stories;
using Marsad.Stories.Views;

namespace Marsad.Cli.Commands;

/// <summary>The story service over a store, with the options of the pipeline's stories step (one index per store).</summary>
internal static class StoryCommandSupport
{
    public static StoryService Service(MarsadStore store) => StoriesView.Service(store);

    /// <summary>An excerpt of a span of text for the terminal: at most <paramref name="max"/> characters, on one line.</summary>
    public static string Excerpt(string text, int start, int end, int max = 120)
    {
        var slice = text[start..end].ReplaceLineEndings(" ").Trim();
        return slice.Length <= max ? slice : slice[..(max / 2)] + " … " + slice[^(max / 2 - 3)..];
    }
}
