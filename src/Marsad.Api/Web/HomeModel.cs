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
        // Latest first: the stories whose newest article is newest.
        var stories = new StoryService(store).Stories()
            .OrderByDescending(s => s.End ?? s.Start ?? DateOnly.MinValue).ThenBy(s => s.Id, StringComparer.Ordinal).Take(Shown).ToList();
        return new HomeModel(stats, store.Articles.CountByDay(Days), stories, latest);
    }
}
