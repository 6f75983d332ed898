using Marsad.Stories.Views;

namespace Marsad.Stories;

/// <summary>
/// The articles of a story its outlet comparison reads. Comparing aligns every sentence of every article with every
/// other, so a story of a thousand articles (a month of wire copy on one topic) took minutes; above <see cref="Size"/>
/// articles the comparison reads a sample instead: each outlet's earliest article first (who reported first, and every
/// outlet present), then articles evenly spaced over the story's date order until the sample is full. Deterministic: the
/// same story always compares the same articles.
/// </summary>
public static class StorySample
{
    public const int Size = 30;

    /// <summary><paramref name="articles"/> when there are at most <paramref name="size"/>, else the sample, in the given order.</summary>
    public static IReadOnlyList<StoryArticle> Of(IReadOnlyList<StoryArticle> articles, int size = Size)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count <= size) return articles;
        var ordered = articles.Select((a, i) => (Article: a, Index: i))
            .OrderBy(x => StoryViews.DateOf(x.Article) ?? DateOnly.MaxValue).ThenBy(x => x.Article.Id, StringComparer.Ordinal).ToList();
        var chosen = new HashSet<int>();
        foreach (var first in ordered.GroupBy(x => x.Article.OutletLabel, StringComparer.Ordinal).Select(g => g.First()))
        {
            if (chosen.Count == size) break;
            chosen.Add(first.Index);
        }
        // Evenly spaced positions; a position already taken moves to the next free one, so the sample always fills.
        var step = (double)ordered.Count / size;
        for (var k = 0; chosen.Count < size && k < size; k++)
        {
            var at = (int)(k * step);
            while (chosen.Contains(ordered[at].Index)) at = (at + 1) % ordered.Count;
            chosen.Add(ordered[at].Index);
        }
        return [.. articles.Where((_, i) => chosen.Contains(i))];
    }
}
