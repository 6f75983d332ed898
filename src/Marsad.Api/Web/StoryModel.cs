using System.Globalization;
using Marsad.Entities;
using Marsad.Storage;
using Marsad.Stories.Views;
using Marsad.Views;

namespace Marsad.Api.Web;

/// <summary>
/// The story page: the story's timeline and outlet comparison as <see cref="StoryView"/> gives them (the object of
/// <c>GET /api/stories/{id}</c>), the names of the entities its outlets quote, and one page of its articles
/// (<see cref="PageSize"/> a page, <c>?page=N</c>): a story of a thousand articles listed whole made megabytes of HTML.
/// <see cref="Timeline"/> holds the page's articles in their clusters, for the chart and the cluster list.
/// </summary>
public sealed record StoryModel(StoryView View, IReadOnlyDictionary<string, string> SpeakerNames, int Page, int Pages, IReadOnlyList<TimelineEntry> Timeline)
{
    public const int PageSize = 100;

    public StoryDetail Detail => View.Detail;

    /// <summary>The story with only this page's articles, for the timeline chart.</summary>
    public StoryThread PageThread => Detail.Story with { Clusters = [.. Timeline.Select(e => e.Cluster)] };

    public int Articles => Detail.Story.Articles.Count();

    public static StoryModel Read(MarsadStore store, StoryDetailCache cache, string id, string? page)
    {
        var number = ParsePage(page);
        var view = cache.Read(store, id);
        var detail = view.Detail;
        var pages = Math.Max(1, (detail.Story.Articles.Count() + PageSize - 1) / PageSize);
        if (number > pages) throw ViewException.Invalid($"page {number} is past the story's last page ({pages}).");
        var entities = new EntityRepository(store);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var speaker in detail.Comparison.Quoted.Values.SelectMany(s => s).Distinct())
            if (entities.Get(speaker) is { } entity) names[speaker] = entity.NameAr;
        return new StoryModel(view, names, number, pages, Slice(detail.Timeline, (number - 1) * PageSize, PageSize));
    }

    /// <summary>The timeline entries holding articles <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> in timeline order, cut to them.</summary>
    private static List<TimelineEntry> Slice(IReadOnlyList<TimelineEntry> timeline, int skip, int take)
    {
        var slice = new List<TimelineEntry>();
        var seen = 0;
        foreach (var entry in timeline)
        {
            var articles = entry.Cluster.Articles;
            // The overlap of this entry's articles [seen, seen + count) with the page's [skip, skip + take).
            var from = Math.Max(seen, skip) - seen;
            var to = Math.Min(seen + articles.Count, skip + take) - seen;
            seen += articles.Count;
            if (to <= from) continue;
            slice.Add(from == 0 && to == articles.Count ? entry : entry with { Cluster = entry.Cluster with { Articles = [.. articles.Skip(from).Take(to - from)] } });
            if (seen >= skip + take) break;
        }
        return slice;
    }

    private static int ParsePage(string? page)
    {
        if (string.IsNullOrEmpty(page)) return 1;
        if (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1) return n;
        throw ViewException.Invalid($"page must be a whole number from 1 (was '{page}').");
    }

    /// <summary>This story page's address with page <paramref name="n"/>.</summary>
    public string PageLink(int n) => Display.Story(Detail.Story.Id) + (n == 1 ? "" : "?page=" + n.ToString(CultureInfo.InvariantCulture));
}
