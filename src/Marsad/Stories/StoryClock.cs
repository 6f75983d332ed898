using System.Globalization;
using System.Text.Json.Nodes;
using Marsad.Documents;

namespace Marsad.Stories;

/// <summary>
/// The day an article is placed at for clustering: the publication date the source gave; else the crawl time the
/// source recorded (<c>fetched</c>, <c>crawled</c>: news is crawled the day it appears or the day after, close enough
/// for "within days", though never shown as a publication date); else the date the time step estimated from the text
/// at day precision; else unknown. Days count from 1970-01-01.
/// </summary>
public static class StoryClock
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>The day source of a day taken from the time step's estimate from the text.</summary>
    public const string EstimatedSource = "estimated";

    private static readonly string[] s_crawlFields = ["fetched", "crawled", "crawled_at", "fetched_at"];

    public static (int? Day, string? Source) DayOf(Article article, PublicationDate? publication)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Published is { } published) return (Day(published), "published");
        if (article.Extra is { } extra)
            foreach (var name in s_crawlFields)
                if (extra[name] is JsonValue value && value.TryGetValue<string>(out var text)
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var crawled))
                    return (Day(crawled), name);
        if (publication is { Value: { } estimated, Estimated: true } && estimated.TimeOfDay == TimeSpan.Zero)
            return (Day(estimated), EstimatedSource);
        return (null, null);
    }

    public static int Day(DateTimeOffset time) => Day(DateOnly.FromDateTime(time.UtcDateTime));

    public static int Day(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static DateOnly Date(int day) => DateOnly.FromDayNumber(EpochDayNumber + day);
}
