using Marsad.Documents;
using Marsad.Analysis;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Views;

namespace Marsad.Api.Web;

/// <summary>
/// The article page: the article (<see cref="ArticleView"/>), its annotation layers and the story holding it, if any.
/// A stored analysis is kept as JSON, not as layers, so the page re-runs the pipeline in memory (nothing is saved):
/// for an analysis made by the current pipeline that gives the same spans; an outdated one shows today's analysis,
/// which the page's note says.
/// </summary>
public sealed record ArticleModel(ArticleView View, Document Layers, string? StoryId)
{
    public static ArticleModel Read(MarsadStore store, string id)
    {
        var view = ArticleView.Read(store, id);
        var layers = view.State == AnalysisState.Fresh ? view.Document : MarsadPipeline.Default.Run(view.Document.Article);
        return new ArticleModel(view, layers, new StoryRepository(store).StoryOf(view.Id));
    }
}
