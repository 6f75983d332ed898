using System.Text.Json;
using Marsad.Storage;
using Marsad.Views;

namespace Marsad.Stories.Views;

/// <summary>
/// One story with its timeline and the comparison of its outlets: the object of <c>marsad story ID --json</c> and
/// <c>GET /api/stories/{id}</c> (<see cref="StoryJson.WriteStory"/>). The id is a story's, or that of an event cluster
/// or article in it.
/// </summary>
public sealed class StoryView
{
    private StoryView(StoryDetail detail) => Detail = detail;

    public StoryDetail Detail { get; }

    public static StoryView Read(MarsadStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(id)) throw ViewException.Invalid("Give a story id (see `marsad stories`).");
        var detail = StoriesView.Service(store).Story(id.Trim())
            ?? throw new ViewException(ViewException.StoryNotFound, ViewFailure.NotFound,
                $"No story, event cluster or article has the id '{id}'; `marsad stories` lists them.");
        return new StoryView(detail);
    }

    public void Write(Utf8JsonWriter w) => StoryJson.WriteStory(Detail, w);
}
