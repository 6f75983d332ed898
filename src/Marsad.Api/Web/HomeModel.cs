using Marsad.Storage;
using Marsad.Stories;
using Marsad.Stories.Views;

namespace Marsad.Api.Web;

/// <summary>
/// What the home page shows: the latest stories and articles, and how many articles each outlet and day has. Only what
/// the store's stamp covers (articles, analyses, story assignments), so <see cref="HomeCache"/> may keep it until a commit.
/// </summary>
public sealed record HomeModel(StoreStats Stats, IReadOnlyList<KeyValuePair<string, long>> ByDay, IReadOnlyList<StoryThread> Stories, IReadOnlyList<ArticleSummary> Latest)
{
    public const int Days = 30;
    public const int Shown = 20;

    public static HomeModel Read(MarsadStore store)
    {
        // Every read here follows an index from the newest end, so the page costs the same at 30,000 articles as at 30.
        var repository = new StoryRepository(store);
        var stories = repository.Latest(Shown).Select(id => repository.Threads(id).FirstOrDefault()).OfType<StoryThread>().ToList();
        return new HomeModel(store.Articles.Stats(), store.Articles.CountByDay(Days), stories, store.Articles.Newest(Shown));
    }
}
