using Marsad.Storage;
using Marsad.Stories;
using Marsad.Views;

namespace Marsad.Api.Web;

/// <summary>The article page: the article with its layers (<see cref="ArticleView"/>) and the story holding it, if any.</summary>
public sealed record ArticleModel(ArticleView View, string? StoryId)
{
    public static ArticleModel Read(MarsadStore store, string id)
    {
        var view = ArticleView.Read(store, id);
        return new ArticleModel(view, new StoryRepository(store).StoryOf(view.Id));
    }
}
