using Marsad.Storage;
using Marsad.Stories;
using Marsad.Stories.Views;
using Marsad.Views;

namespace Marsad.Api.Web;

/// <summary>The story page: the story's timeline and outlet comparison (<see cref="StoryService.Story"/>).</summary>
public sealed record StoryModel(StoryDetail Detail)
{
    public static StoryModel Read(MarsadStore store, string id) =>
        new(new StoryService(store).Story(id)
            ?? throw new ViewException(ViewException.StoryNotFound, ViewFailure.NotFound, $"No story holds '{id}': `marsad stories` lists them."));
}
