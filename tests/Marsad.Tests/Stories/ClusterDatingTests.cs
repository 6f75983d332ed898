using Marsad.Stories;
using Marsad.Stories.Timeline;
using Marsad.Stories.Views;

namespace Marsad.Tests.Stories;

/// <summary>An article with no date of its own takes the earliest own date of its event cluster, marked estimated.</summary>
public sealed class ClusterDatingTests
{
    private static StoryArticle Article(string id, string outlet, DateOnly? published, bool estimated, DateOnly? day, string? daySource, string cluster) =>
        new(id, id, outlet, outlet, "سقوط أمطار غزيرة على المدينة", published, estimated, estimated ? "latest full date in the text" : null,
            day is { } d ? StoryClock.Day(d) : null, cluster, "st-1") { DaySource = daySource };

    [Fact]
    public void AnArticleDatedOnlyFromItsTextTakesItsClustersEarliestOwnDate()
    {
        var textDated = new DateOnly(2015, 6, 30);
        var articles = new[]
        {
            Article("a1", "okaz", new DateOnly(2015, 8, 8), estimated: false, new DateOnly(2015, 8, 8), "published", "ev-1"),
            Article("a2", "alyaum", null, estimated: false, new DateOnly(2015, 8, 7), "fetched", "ev-1"),
            Article("a3", "almadina", textDated, estimated: true, textDated, StoryClock.EstimatedSource, "ev-1"),
            Article("a4", "alriyadh", textDated, estimated: true, textDated, StoryClock.EstimatedSource, "ev-2"),
        };

        var estimates = ClusterDating.Estimate(articles);

        var dated = Assert.Single(estimates);
        Assert.Equal("a3", dated.Key);
        Assert.Equal(new DateOnly(2015, 8, 7), dated.Value.Published);
        Assert.True(dated.Value.Estimated);
        Assert.Equal("reports the happening of its event cluster, first reported by alyaum (a2) on 2015-08-07", dated.Value.Evidence);
        Assert.Equal(new DateOnly(2015, 8, 7), StoryViews.DateOf(dated.Value));
    }

    [Fact]
    public void AnUndatedArticleInAClusterOfUndatedArticlesStaysUndated()
    {
        var articles = new[]
        {
            Article("b1", "okaz", null, estimated: false, null, null, "ev-1"),
            Article("b2", "alyaum", null, estimated: false, null, null, "ev-1"),
        };

        Assert.Empty(ClusterDating.Estimate(articles));
    }

    [Fact]
    public void TheThreadShowsTheClusterDateInsteadOfTheTextEstimate()
    {
        var textDated = new DateOnly(2015, 6, 30);
        var articles = new[]
        {
            Article("c1", "okaz", null, estimated: false, new DateOnly(2015, 8, 9), "fetched", "ev-1"),
            Article("c2", "almadina", textDated, estimated: true, textDated, StoryClock.EstimatedSource, "ev-1"),
        };
        var thread = StoryViews.Thread("st-1", "أمطار", articles.Select(a => (a, "أمطار")));

        var dated = StoryViews.WithDates(thread, ClusterDating.Estimate(thread.Articles));

        Assert.Equal(new DateOnly(2015, 8, 9), dated.Start);
        Assert.Equal(new DateOnly(2015, 8, 9), Assert.Single(dated.Clusters).Date);
    }
}
