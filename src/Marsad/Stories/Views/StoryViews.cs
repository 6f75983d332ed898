namespace Marsad.Stories.Views;

/// <summary>Assembles threads from placed articles: clusters ordered by date (undated last), outlets by first report.</summary>
public static class StoryViews
{
    public static StoryThread Thread(string id, string? title, IEnumerable<(StoryArticle Article, string ClusterTitle)> articles)
    {
        var clusters = articles.GroupBy(a => a.Article.ClusterId)
            .Select(g =>
            {
                var members = g.Select(x => x.Article).OrderBy(a => a.Day ?? int.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
                return new EventCluster(g.Key, g.First().ClusterTitle, ClusterDate(members), members);
            })
            .OrderBy(c => c.Date ?? DateOnly.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var all = clusters.SelectMany(c => c.Articles).ToList();
        var dates = clusters.Where(c => c.Date is not null).Select(c => c.Date!.Value).ToList();
        var outlets = all.OrderBy(a => DateOf(a) ?? DateOnly.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.OutletLabel).Distinct().ToList();
        return new StoryThread(id, title, dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null, outlets, clusters);
    }

    /// <summary>The thread with some articles' dates replaced (story estimates), clusters re-dated and re-ordered.</summary>
    public static StoryThread WithDates(StoryThread thread, IReadOnlyDictionary<string, StoryArticle> redated) =>
        redated.Count == 0 ? thread : Thread(thread.Id, thread.Title,
            thread.Clusters.SelectMany(c => c.Articles.Select(a => (redated.GetValueOrDefault(a.Id, a), c.Title ?? ""))));

    /// <summary>A cluster's date: the earliest date among its articles (<see cref="DateOf"/>).</summary>
    private static DateOnly? ClusterDate(IReadOnlyList<StoryArticle> articles)
    {
        var dates = articles.Select(DateOf).Where(d => d is not null).ToList();
        return dates.Count > 0 ? dates.Min() : null;
    }

    /// <summary>
    /// The date an article stands at in a timeline: the source's publication date; else the day it was placed at (a
    /// crawl day is nearer the truth than a date estimated from the text, which may be a date the text mentions); else
    /// the estimate (the time step's, or the story's).
    /// </summary>
    public static DateOnly? DateOf(StoryArticle article) =>
        article is { Published: { } published, Estimated: false } ? published
        : article.Day is { } day ? StoryClock.Date(day)
        : article.Published;
}
