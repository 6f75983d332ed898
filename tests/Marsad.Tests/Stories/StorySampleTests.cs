using Marsad.Stories;
using Marsad.Stories.Views;

namespace Marsad.Tests.Stories;

public sealed class StorySampleTests
{
    private static readonly string[] Outlets = ["واس", "الرياض", "عكاظ"];

    // 40 articles over 40 days; the third outlet reports only once, on the last day.
    private static List<StoryArticle> Story(int count) => [.. Enumerable.Range(0, count).Select(i =>
    {
        var outlet = i == count - 1 ? Outlets[2] : Outlets[i % 2];
        return new StoryArticle($"a{i:D3}", null, outlet, outlet, $"خبر {i}", new DateOnly(2015, 7, 1).AddDays(i), false, null, null, "c1", "s1");
    })];

    [Fact]
    public void AStoryOfThirtyArticlesIsComparedWhole()
    {
        var story = Story(30);
        Assert.Same(story, StorySample.Of(story));
    }

    [Fact]
    public void ALargeStoryIsComparedOverThirtyArticlesWithEveryOutletsFirstReport()
    {
        var story = Story(40);

        var sample = StorySample.Of(story);

        Assert.Equal(30, sample.Count);
        Assert.Equal(30, sample.Select(a => a.Id).Distinct().Count());
        Assert.Contains(sample, a => a.Id == "a000"); // واس, first of all
        Assert.Contains(sample, a => a.Id == "a001"); // الرياض's first
        Assert.Contains(sample, a => a.Id == "a039"); // عكاظ's only article
        Assert.Equal(sample.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Id), sample.Select(a => a.Id)); // story order kept
        Assert.Equal(sample.Select(a => a.Id), StorySample.Of(Story(40)).Select(a => a.Id));
    }
}
