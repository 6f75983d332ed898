using System.Globalization;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Text;

namespace Marsad.Stories;

/// <summary>
/// Places stored articles in the story index from what the store holds: the text steps are run again (deterministic,
/// cheap), entities come from the entity tables, the publication date from the stored analysis, events from the events
/// table when present. <see cref="Recluster"/> empties the index and adds every article again in a fixed order (day,
/// then id), so the result depends on the articles alone, not on the order they arrived in; <see cref="CatchUp"/> adds
/// the stored articles the index does not hold yet (ingested without analysis), so every article has a cluster.
/// </summary>
public sealed class StoryRebuild(MarsadStore store, StoryIndex index)
{
    private const int ChunkSize = 1000;
    private static readonly AnalysisPipeline s_text = new PipelineBuilder().UseText().Build();

    private readonly StoryProfiler _profiler = new(index.Options);

    public int Recluster(IProgress<int>? progress = null)
    {
        using (var transaction = store.BeginTransaction())
        {
            index.Clear(transaction);
            // Every article's story and duplicate group may change, and no list of them is kept: the index needs a rebuild.
            Search.SearchIndex.MarkMissed(transaction, "stories and duplicate groups were rebuilt (recluster)");
            transaction.Commit();
        }
        return Place("1 = 1", progress);
    }

    public int CatchUp(IProgress<int>? progress = null) =>
        Place("a.id NOT IN (SELECT article_id FROM story_assignments)", progress);

    private int Place(string condition, IProgress<int>? progress)
    {
        var ids = new List<string>();
        using (var command = store.Connection.CreateCommand())
        {
            // The same day the index places an article at (StoryClock): source date, crawl time, estimated date.
            command.CommandText = $"""
                SELECT a.id FROM articles a LEFT JOIN analyses an ON an.article_id = a.id
                WHERE {condition}
                ORDER BY coalesce(substr(a.published_utc, 1, 10), substr(json_extract(a.extra, '$.fetched'), 1, 10),
                                  substr(json_extract(a.extra, '$.crawled'), 1, 10), substr(an.published, 1, 10), '9999'), a.id
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) ids.Add(reader.GetString(0));
        }
        var events = StoredEvents.Open(store);
        var quotes = Comparison.StoredQuotes.Open(store);
        var placed = 0;
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var inputs = chunk.Select(Load).ToArray();
            var profiles = new StoryProfile[inputs.Length];
            Parallel.For(0, inputs.Length, i =>
            {
                var (article, mentions, publication, analysed) = inputs[i];
                var document = s_text.Run(article);
                // Headlines are read for entities when the article went through the pipeline (its body's were), not on the content-only path.
                var focus = ArticleFocus.Read(article, document.GetOrDefault(TextLayers.Sentences), mentions,
                    analysed ? StoryAnnotator.HeadlineRecognizer : null, StoryClock.DayOf(article, publication).Day is { } day ? StoryClock.Date(day) : null);
                var entities = mentions.Select(m => m.EntityId).Distinct().Order(StringComparer.Ordinal);
                profiles[i] = _profiler.Profile(article, document.Get(TextLayers.Tokens), document.GetOrDefault(TextLayers.Words), entities, [], publication, focus);
            });
            using var transaction = store.BeginTransaction();
            foreach (var profile in profiles)
            {
                var signatures = events.Signatures(profile.ArticleId, transaction);
                var withEvents = signatures.Count > 0 ? StoryProfiler.WithEvents(profile, signatures, index.Options) : profile;
                index.Add(StoryProfiler.WithQuotes(withEvents, quotes.Said(profile.ArticleId, transaction), index.Options), transaction);
            }
            // Their story changed: listed for the search index's next update, as a saved analysis is.
            transaction.Queue(Search.SearchPending.AddSql, ("$ids", Search.SearchPending.Ids(profiles.Select(p => p.ArticleId))));
            transaction.Commit();
            placed += profiles.Length;
            progress?.Report(placed);
        }
        return placed;
    }

    private (Article Article, IReadOnlyList<(string EntityId, int Start)> Mentions, PublicationDate? Publication, bool Analysed) Load(string id)
    {
        var article = store.Articles.Get(id)!;
        var mentions = new List<(string, int)>();
        using (var command = store.Connection.CreateCommand())
        {
            command.CommandText = "SELECT entity_id, span_start FROM entity_mentions WHERE article_id = $id ORDER BY span_start, entity_id";
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            while (reader.Read()) mentions.Add((reader.GetString(0), reader.GetInt32(1)));
        }
        var analysed = false;
        PublicationDate? publication = null;
        using (var command = store.Connection.CreateCommand())
        {
            command.CommandText = "SELECT published, published_estimated, published_evidence FROM analyses WHERE article_id = $id";
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            if (analysed = reader.Read())
                publication = new PublicationDate(
                    reader.IsDBNull(0) ? null : DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                    reader.GetInt32(1) == 1, reader.IsDBNull(2) ? null : reader.GetString(2));
        }
        return (article, mentions, publication, analysed);
    }
}
