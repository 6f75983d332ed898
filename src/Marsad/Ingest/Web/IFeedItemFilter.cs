namespace Marsad.Ingest.Web;

/// <summary>
/// What <c>marsad watch</c> tells a <see cref="WebSource"/> about feed items: which to skip (already stored or given up
/// on), and what became of those it read. Called on the reading thread; implementations only record in memory.
/// </summary>
public interface IFeedItemFilter
{
    /// <summary>True when the item was dealt with in an earlier poll and must not be fetched again.</summary>
    bool IsKnown(Uri feed, FeedItem item);

    /// <summary>The item's page is being read as <paramref name="sourcePath"/> (the article's source path).</summary>
    void Reading(Uri feed, FeedItem item, string sourcePath);

    /// <summary>The item's page could not be read into an article; <paramref name="retriable"/> when a later poll may succeed.</summary>
    void Failed(Uri feed, FeedItem item, IngestProblem problem, bool retriable);
}
