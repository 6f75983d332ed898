using System.Text.Json;
using Marsad.Storage;
using Marsad.Views;

namespace Marsad.Stories.Views;

/// <summary>
/// One story with its timeline and the comparison of its outlets: the object of <c>marsad story ID --json</c> and
/// <c>GET /api/stories/{id}</c> (<see cref="StoryJson.WriteStory"/>). The id is a story's, or that of an event cluster
/// or article in it. Articles stored but not placed yet are not placed here (a write, minutes on a large store): the
/// object says how many there are (<c>pending_articles</c>).
/// </summary>
public sealed class StoryView
{
    private StoryView(StoryDetail detail) => Detail = detail;

    public StoryDetail Detail { get; }

    public static StoryView Read(MarsadStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(id)) throw ViewException.Invalid("Give a story id (see `marsad stories`).");
        // Reading never places articles (placing thousands took minutes): it says how many wait instead.
        var pending = StoriesView.Pending(store);
        if (StoriesView.Service(store).Story(id.Trim()) is { } detail) return new StoryView(detail with { PendingArticles = pending });
        if (pending > 0 && store.Articles.Get(id.Trim()) is not null)
            throw new ViewException(ViewException.StoryNotFound, ViewFailure.NotFound,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Article '{id}' is stored but not placed in a story yet ({pending} articles wait); `marsad stories` or GET /api/stories places them."));
        throw new ViewException(ViewException.StoryNotFound, ViewFailure.NotFound,
            $"No story, event cluster or article has the id '{id}'; `marsad stories` lists them.");
    }

    public void Write(Utf8JsonWriter w) => StoryJson.WriteStory(Detail, w);
}
