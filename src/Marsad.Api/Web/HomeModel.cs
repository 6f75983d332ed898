using Marsad.Storage;
using Marsad.Stories;
using Marsad.Stories.Views;
using Marsad.Views;

namespace Marsad.Api.Web;

/// <summary>What the home page shows: the latest stories and articles, and how many articles each outlet and day has.</summary>
public sealed record HomeModel(StatsView Stats, IReadOnlyList<KeyValuePair<string, long>> ByDay, IReadOnlyList<StoryThread> Stories, ArticlesView Latest)
{
    public const int Days = 30;
    public const int Shown = 20;

    public static HomeModel Read(MarsadStore store)
    {
        var stats = StatsView.Read(store);
        var total = (int)Math.Min(stats.Stats.Articles, int.MaxValue);
        var latest = ArticlesView.Read(store, new ArticleFilter(), Shown, offset: Math.Max(0, total - Shown));
        // Latest first: the stories whose newest article is newest, read one by one (reading every story of a large
        // store to keep twenty took minutes at 30,000 articles).
        var repository = new StoryRepository(store);
        var stories = repository.Latest(Shown).Select(id => repository.Threads(id).FirstOrDefault()).OfType<StoryThread>().ToList();
        return new HomeModel(stats, store.Articles.CountByDay(Days), stories, latest);
    }
}
