using Marsad.Entities;
using Marsad.Storage;
using Marsad.Stories.Views;

namespace Marsad.Api.Web;

/// <summary>
/// The story page: the story's timeline and outlet comparison as <see cref="StoryView"/> gives them (the object of
/// <c>GET /api/stories/{id}</c>), and the names of the entities its outlets quote.
/// </summary>
public sealed record StoryModel(StoryView View, IReadOnlyDictionary<string, string> SpeakerNames)
{
    public StoryDetail Detail => View.Detail;

    public static StoryModel Read(MarsadStore store, string id)
    {
        var view = StoryView.Read(store, id);
        var entities = new EntityRepository(store);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var speaker in view.Detail.Comparison.Quoted.Values.SelectMany(s => s).Distinct())
            if (entities.Get(speaker) is { } entity) names[speaker] = entity.NameAr;
        return new StoryModel(view, names);
    }

}
