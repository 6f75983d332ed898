using System.Text.Json;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Views;

namespace Marsad.Api.Web;

/// <summary>
/// The article page: the article and its analysis as <see cref="ArticleView"/> gives them — the stored analysis
/// (<c>AnalysisStore</c>) with only the text layers recomputed, as <c>marsad show</c> does; a fresh analysis, not saved,
/// for an article never analysed — read from the same article object <c>GET /api/articles/{id}</c> returns, and the
/// story holding it, if any.
/// </summary>
public sealed record ArticleModel(ArticleView View, JsonElement Analysis, string? StoryId)
{
    public static ArticleModel Read(MarsadStore store, string id)
    {
        var view = ArticleView.Read(store, id);
        return new ArticleModel(view, ViewJson.ToElement(view.Write), new StoryRepository(store).StoryOf(view.Id));
    }
}
