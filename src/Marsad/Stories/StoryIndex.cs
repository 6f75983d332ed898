using Marsad.Stories.Duplicates;
using Marsad.Storage;

namespace Marsad.Stories;

/// <summary>
/// The incremental story index over the store (tables of <see cref="M006_Stories"/>). <see cref="Add"/> places one
/// article: its exact copy (same words), its near duplicates (LSH buckets, then exact shingle overlap), its event
/// cluster (of the clusters holding a recent article whose probability of reporting the same happening, by
/// <see cref="StoryOptions.EventModel"/> over their <see cref="PairEvidence"/>, reaches
/// <see cref="StoryOptions.EventThreshold"/>, the one whose such members' probabilities sum highest; else a new cluster)
/// and its story thread (the cluster's thread; a new
/// cluster continues the thread of the article within <see cref="StoryOptions.StoryWindowDays"/> most probably of the
/// same story by <see cref="StoryOptions.StoryModel"/>, from <see cref="StoryOptions.StoryThreshold"/>; other threads
/// it links strongly to join it when <see cref="StoryOptions.StoryMergeThreshold"/> is set: <see cref="StoryMerge"/>; threads
/// whose profile it links as strongly as its own thread's join under the earlier id when <see cref="StoryOptions.StoryThreadJoin"/>
/// is set: <see cref="StoryThreadJoin"/>; threads
/// whose hubs it links to join it when <see cref="StoryOptions.StoryHubJoin"/> is set: <see cref="StoryHubJoin"/>).
/// Every lookup is an index seek bounded by the options (bands, index terms, postings per term, candidates compared), so adding
/// an article costs the same however many are stored. Results depend only on the articles and the order they are
/// added in; <see cref="StoryRebuild"/> re-adds everything in a fixed order. Same threading rule as the store.
/// The index orchestrates; each pass is its own type: <see cref="NearDuplicateFinder"/>, <see cref="StoryTerms"/> (term
/// ids and document frequencies), <see cref="StoryCandidates"/> over <see cref="StoryPostings"/>, <see cref="ThreadChoice"/>,
/// <see cref="StoryTables"/> (the writes).
/// </summary>
public sealed class StoryIndex
{
    private readonly StoryOptions _options;
    private readonly MinHasher _hasher;
    private readonly LshBands _bands;
    private readonly StoryTerms _terms = new();

    public StoryIndex(StoryOptions? options = null)
    {
        _options = options ?? StoryOptions.Default;
        _bands = new LshBands(_options.Bands, _options.Rows);
        _hasher = new MinHasher(_bands.SignatureLength);
    }

    public StoryOptions Options => _options;

    /// <summary>
    /// Shown each profile link a new event cluster's article sees when its thread is chosen (<see cref="StoryThreadProfile.Seen"/>),
    /// in the order articles are added; null (the default) shows nothing. For fitting the story model on the links it
    /// decides on rather than on article pairs (<c>eval-clusters --story-fits profile</c>); placements do not depend on it.
    /// </summary>
    public Action<StoryThreadProfile.Seen>? ProfileLinkSeen { get; init; }

    public StoryPlacement Add(StoryProfile profile, StoreTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _terms.Prepare(transaction);
        Remove(profile.ArticleId, transaction);
        var (seq, documents) = StoryTables.NextCounters(transaction);

        var wordHash = profile.Words.ContentHash();
        var duplicateOf = transaction.Scalar<string>("SELECT article_id FROM story_articles WHERE word_hash = $h ORDER BY seq LIMIT 1", ("$h", wordHash));
        var signature = _hasher.Signature(Shingles.Set(profile.Words.Keys, _options.ShingleSize));
        var buckets = _bands.BucketKeys(signature);
        var near = NearDuplicateFinder.Find(profile, buckets, _options, transaction);

        var terms = _terms.Count(profile.Terms, transaction);
        var vector = _terms.Vector(terms, documents);
        var indexed = vector.Heaviest(_options.IndexTerms);
        var candidates = StoryCandidates.Sharing(indexed, profile.Day, _options, _terms, transaction);

        string? clusterId = null, clusterStory = null;
        double bestEvent = 0;
        // Each qualifying cluster's support: the summed probabilities of its members that reach the threshold.
        var support = new Dictionary<string, (double Sum, double Best, string Story)>(StringComparer.Ordinal);
        var storyLinks = new List<StoryMerge.Link>();
        foreach (var candidate in candidates)
        {
            var evidence = candidate.EvidenceFrom(vector, profile.Day, profile.Outlet, near.FirstOrDefault(n => n.Id == candidate.ArticleId)?.Containment ?? 0);
            var gap = evidence.Gap;
            // Headlines or leads set in different cities or regions tell of different happenings (al-Jubeir in Berlin, then Moscow).
            var eventScore = evidence.FocusPlaceConflict ? 0 : _options.EventModel.Probability(evidence);
            // A repost within a day is the wire item's happening whatever the model says: near copies are rare in
            // labelled sets, so the model cannot learn it. Days apart, a near copy may be the next daily bulletin. It
            // counts at least the threshold: a threshold above the containment of a verified copy must not refuse it.
            if (evidence.Containment > 0 && (gap ?? 0) <= 1) eventScore = Math.Max(eventScore, Math.Max(evidence.Containment, _options.EventThreshold));
            if (eventScore >= _options.EventThreshold && (gap is null || gap <= _options.EventWindowDays))
            {
                var (sum, best, _) = support.GetValueOrDefault(candidate.ClusterId);
                support[candidate.ClusterId] = (sum + eventScore, Math.Max(best, eventScore), candidate.StoryId);
            }
            var storyScore = _options.StoryModel.Probability(StoryLinkEvidence.Of(_options, evidence, vector, candidate.Vector, documents));
            if (gap is null || gap <= _options.StoryWindowDays) storyLinks.Add(new(candidate.StoryId, candidate.ClusterId, storyScore));
        }
        // An article that reaches two clusters joins the one more of whose members report its happening, not the one
        // whose single closest member is closest: the Crown Prince's call with Hadi (three reports of it at p 0.89–0.98)
        // went to Hadi's truce statement of that day, whose one report shared more of its words (p 0.98). Ties go to the
        // closer best member, then to the cluster id, so the choice is deterministic.
        foreach (var (id, (sum, best, story)) in support.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (clusterId is null || sum > support[clusterId].Sum || (sum == support[clusterId].Sum && best > bestEvent))
                (clusterId, clusterStory, bestEvent) = (id, story, best);
        clusterId ??= "ev-" + profile.ArticleId;
        var (storyId, threads) = new ThreadChoice(_options, _terms, transaction, documents, ProfileLinkSeen)
            .Choose(profile.ArticleId, profile.Day, vector, clusterId, clusterStory, storyLinks);

        StoryTables.AddArticle(transaction, profile, seq, wordHash, signature, buckets, near, terms, indexed);
        // How central each cluster is in its thread (StoryHubs): the article's links at the story threshold to other
        // clusters of its thread count for both ends. Kept whether or not StoryHubs is on, so a store can switch it on.
        StoryTables.Assign(transaction, profile, seq, clusterId, storyId, StoryHubs.Linked(threads, clusterId, storyLinks, _options.StoryThreshold));
        return new StoryPlacement(profile.ArticleId, duplicateOf, near, clusterId, storyId, bestEvent);
    }

    /// <summary>Takes an article out of the index (it is being analysed again): counts, postings, pairs and its place.</summary>
    public void Remove(string articleId, StoreTransaction transaction)
    {
        _terms.Prepare(transaction);
        StoryTables.Remove(transaction, articleId, _terms, _bands);
    }

    /// <summary>Empties every story table, for a rebuild in batch.</summary>
    public void Clear(StoreTransaction transaction)
    {
        _terms.Prepare(transaction);
        StoryTables.Clear(transaction);
    }

    /// <summary>
    /// The evidence the clusterer weighs for two placed articles, with the document frequencies as they stand now (for
    /// fitting and explaining <see cref="StoryOptions.EventModel"/>); null when either is not placed.
    /// </summary>
    /// <param name="forStory">The evidence the story model reads (<see cref="StoryOptions.StoryEvidenceFloor"/>), not the event model's.</param>
    public PairEvidence? Compare(string articleId, string otherId, StoreTransaction transaction, bool forStory = false)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        _terms.Prepare(transaction);
        var documents = StoryTables.Documents(transaction);
        if (StoryCandidates.Load(articleId, documents, _terms, transaction) is not { } a
            || StoryCandidates.Load(otherId, documents, _terms, transaction) is not { } b) return null;
        var containment = transaction.Scalar<double?>("SELECT containment FROM near_duplicates WHERE article_id = $a AND other_id = $b", ("$a", articleId), ("$b", otherId)) ?? 0;
        var evidence = b.EvidenceFrom(a.Vector, a.Day, a.Outlet, containment);
        return forStory ? StoryLinkEvidence.Of(_options, evidence, a.Vector, b.Vector, documents) : evidence;
    }
}
