using System.Text.Json;
using Marsad.Analysis;
using Marsad.Storage;
using Marsad.Views;

namespace Marsad.Stories.Views;

/// <summary>
/// Every developing story with its event clusters, earliest first: the object of <c>marsad stories --json</c> and
/// <c>GET /api/stories</c>, <c>{"stories": [{"id", "title", "start", "end", "outlets", "clusters": [{"id", "title", "date",
/// "articles"}]}]}</c> (<see cref="StoryJson.WriteStories"/>).
/// </summary>
public sealed class StoriesView
{
    private StoriesView(IReadOnlyList<StoryThread> stories) => Stories = stories;

    public IReadOnlyList<StoryThread> Stories { get; }

    /// <summary>The story service over a store, with the options of the pipeline's stories step (one index per store).</summary>
    public static StoryService Service(MarsadStore store) =>
        new(store, MarsadPipeline.Default.Find<StoryAnnotator>()?.IndexFor(store) ?? new StoryIndex());

    /// <summary>
    /// Places the stored articles no story holds yet (ingested without analysis), so every article is in exactly one
    /// cluster before a story is read; a write, done by the caller on the store's writer. Returns how many it placed.
    /// </summary>
    public static int CatchUp(MarsadStore store) => Service(store).CatchUp();

    /// <summary>Whether some stored article is in no story yet (a read: callers take the writer only when it is so).</summary>
    public static bool NeedsCatchUp(MarsadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_assignments s WHERE s.article_id = a.id))";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    /// <summary>How many stored articles are in no story yet (every assignment row belongs to a stored article).</summary>
    public static long Pending(MarsadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM story_assignments)";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static StoriesView Read(MarsadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new StoriesView(Service(store).Stories());
    }

    public void Write(Utf8JsonWriter w) => StoryJson.WriteStories(Stories, w);
}
