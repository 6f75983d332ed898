using Marsad.Stories.Duplicates;
using Marsad.Storage;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;
using System.Data.Common;
using System.Text.Json;

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
/// </summary>
public sealed class StoryIndex
{
    /// <summary>The day postings of undated articles are filed under; no real news is dated 26,000 years ago.</summary>
    private const int UnknownDay = -9_999_999;

    private readonly StoryOptions _options;
    private readonly MinHasher _hasher;
    private readonly LshBands _bands;

    // Caches of term ids and document frequencies, valid within one transaction only: a rolled-back chunk must not
    // leave ids or counts behind that the database no longer has.
    private StoreTransaction? _cacheOwner;
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _df = [];
    private readonly Dictionary<int, TermKind> _kinds = [];
    private readonly Dictionary<int, string> _names = [];
    private DbCommand? _dfQuery;
    private DbCommand? _idQuery;

    public StoryIndex(StoryOptions? options = null)
    {
        _options = options ?? StoryOptions.Default;
        _bands = new LshBands(_options.Bands, _options.Rows);
        _hasher = new MinHasher(_bands.SignatureLength);
    }

    public StoryOptions Options => _options;

    public StoryPlacement Add(StoryProfile profile, StoreTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Prepare(transaction);
        Remove(profile.ArticleId, transaction);
        var (seq, documents) = NextCounters(transaction);

        var wordHash = profile.Words.ContentHash();
        var duplicateOf = Scalar<string>(transaction, "SELECT article_id FROM story_articles WHERE word_hash = $h ORDER BY seq LIMIT 1", ("$h", wordHash));
        var signature = _hasher.Signature(Shingles.Set(profile.Words.Keys, _options.ShingleSize));
        var buckets = _bands.BucketKeys(signature);
        var near = FindNearDuplicates(profile, buckets, transaction);

        var terms = TermIds(profile.Terms, transaction);
        var vector = new WeightedVector(terms, DocumentFrequency, KindOf, documents, HeadlineWord);
        var indexed = vector.Heaviest(_options.IndexTerms);
        var candidates = Candidates(indexed, profile.Day, transaction);

        string? clusterId = null, storyId = null;
        double bestEvent = 0;
        // Each qualifying cluster's support: the summed probabilities of its members that reach the threshold.
        var support = new Dictionary<string, (double Sum, double Best, string Story)>(StringComparer.Ordinal);
        var storyLinks = new List<StoryMerge.Link>();
        foreach (var candidate in candidates)
        {
            var evidence = Evidence(vector, profile.Day, profile.Outlet, candidate, near.FirstOrDefault(n => n.Id == candidate.ArticleId)?.Containment ?? 0);
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
            var storyScore = _options.StoryModel.Probability(StoryEvidence(evidence, vector, candidate.Vector, documents));
            if (gap is null || gap <= _options.StoryWindowDays) storyLinks.Add(new(candidate.StoryId, candidate.ClusterId, storyScore));
        }
        // An article that reaches two clusters joins the one more of whose members report its happening, not the one
        // whose single closest member is closest: the Crown Prince's call with Hadi (three reports of it at p 0.89–0.98)
        // went to Hadi's truce statement of that day, whose one report shared more of its words (p 0.98). Ties go to the
        // closer best member, then to the cluster id, so the choice is deterministic.
        foreach (var (id, (sum, best, story)) in support.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (clusterId is null || sum > support[clusterId].Sum || (sum == support[clusterId].Sum && best > bestEvent))
                (clusterId, storyId, bestEvent) = (id, story, best);
        clusterId ??= "ev-" + profile.ArticleId;
        // A new cluster continues the thread it links to most strongly, if it is close to that thread's core (StoryCore).
        var windowStart = profile.Day - _options.StoryWindowDays ?? int.MinValue;
        var hubsOf = _options.StoryHubs > 0 ? HubsOf(transaction, windowStart) : null;
        // The profile links of the candidate threads: to choose a new cluster's thread, and to see parallel threads converge (StoryThreadJoin).
        var profileLinks = _options.StoryThreadProfile > 0 && (storyId is null || _options.StoryThreadJoin > 0)
            ? ThreadProfileLinks(vector, profile.Day, storyLinks, windowStart, documents, transaction)
            : null;
        if (storyId is null && profileLinks is not null)
            storyId = StoryThreadProfile.ThreadToContinue(profileLinks, _options.StoryThreshold)
                ?? "st-" + profile.ArticleId;
        storyId ??= StoryCore.ThreadToContinue(storyLinks, _options.StoryThreshold, _options.StoryCohesion, _options.StoryCoreClusters, thread => Scalar<int?>(transaction,
                "SELECT count(*) FROM event_clusters WHERE story_id = $story AND (last_day IS NULL OR last_day >= $from)",
                ("$story", thread), ("$from", windowStart)) ?? 0,
                hubsOf)
            ?? "st-" + profile.ArticleId;
        var threads = new HashSet<string>(StringComparer.Ordinal) { storyId };
        // Threads whose profile this article links as strongly as its own thread's are one story with it: all join the earliest.
        if (profileLinks is not null && StoryThreadJoin.ThreadsToJoin(storyId, profileLinks, _options.StoryThreadJoin) is { Count: > 0 } converging)
        {
            threads.UnionWith(converging);
            var kept = StoryThreadJoin.Kept(threads, thread => Scalar<int?>(transaction, "SELECT first_day FROM stories WHERE id = $id", ("$id", thread)));
            foreach (var other in threads.Where(t => t != kept).Order(StringComparer.Ordinal)) StoryMerge.Join(other, kept, transaction);
            storyId = kept;
        }
        // Threads this article shows to be one story with its own join it (several of their clusters reach it strongly).
        foreach (var other in StoryMerge.ThreadsToJoin(storyId, storyLinks, _options.StoryMergeThreshold, _options.StoryMergeSupport, _options.StoryMergeShare,
            thread => Scalar<int?>(transaction, "SELECT count(*) FROM event_clusters WHERE story_id = $story", ("$story", thread)) ?? 0))
        {
            StoryMerge.Join(other, storyId, transaction);
            threads.Add(other);
        }
        // Parallel threads whose cores this article links join its own (StoryHubJoin), hubs read before any join.
        if (hubsOf is not null)
            foreach (var other in StoryHubJoin.ThreadsToJoin(storyId, clusterId, storyLinks, _options.StoryHubJoin, hubsOf).Where(t => !threads.Contains(t)))
            {
                StoryMerge.Join(other, storyId, transaction);
                threads.Add(other);
            }

        transaction.Queue("""
            INSERT INTO story_articles (article_id, seq, day, day_source, word_hash, words, signature, terms, indexed)
            VALUES ($id, $seq, $day, $source, $hash, $words, $signature, $terms, $indexed)
            """, ("$id", profile.ArticleId), ("$seq", seq), ("$day", profile.Day), ("$source", profile.DaySource), ("$hash", wordHash),
            ("$words", profile.Words.Count), ("$signature", TermBlob.EncodeSignature(signature)), ("$terms", TermBlob.Encode(terms)),
            ("$indexed", TermBlob.EncodeIds(indexed)));
        foreach (var key in buckets)
            transaction.Queue("INSERT INTO near_dup_buckets (bucket, article_id) VALUES ($bucket, $id) ON CONFLICT DO NOTHING", ("$bucket", key), ("$id", profile.ArticleId));
        const string pair = "INSERT INTO near_duplicates (article_id, other_id, containment, jaccard) VALUES ($a, $b, $c, $j) ON CONFLICT (article_id, other_id) DO UPDATE SET containment = excluded.containment, jaccard = excluded.jaccard";
        foreach (var n in near)
        {
            transaction.Queue(pair, ("$a", profile.ArticleId), ("$b", n.Id), ("$c", n.Containment), ("$j", n.Jaccard));
            transaction.Queue(pair, ("$a", n.Id), ("$b", profile.ArticleId), ("$c", n.Containment), ("$j", n.Jaccard));
        }
        foreach (var term in indexed)
            transaction.Queue("INSERT INTO story_postings (term_id, day, article_id) VALUES ($term, $day, $id) ON CONFLICT DO NOTHING",
                ("$term", term), ("$day", profile.Day ?? UnknownDay), ("$id", profile.ArticleId));
        transaction.Queue("INSERT INTO story_assignments (article_id, cluster_id, story_id, day, seq) VALUES ($id, $cluster, $story, $day, $seq)",
            ("$id", profile.ArticleId), ("$cluster", clusterId), ("$story", storyId), ("$day", profile.Day), ("$seq", seq));
        transaction.Queue("""
            INSERT INTO event_clusters (id, story_id, title, first_day, last_day, size) VALUES ($id, $story, $title, $day, $day, 1)
            ON CONFLICT (id) DO UPDATE SET size = event_clusters.size + 1, title = coalesce(event_clusters.title, excluded.title),
                first_day = min(coalesce(event_clusters.first_day, excluded.first_day), coalesce(excluded.first_day, event_clusters.first_day)),
                last_day = max(coalesce(event_clusters.last_day, excluded.last_day), coalesce(excluded.last_day, event_clusters.last_day))
            """, ("$id", clusterId), ("$story", storyId), ("$title", profile.Title), ("$day", profile.Day));
        // How central each cluster is in its thread (StoryHubs): the article's links at the story threshold to other
        // clusters of its thread count for both ends. Kept whether or not StoryHubs is on, so a store can switch it on.
        var linked = StoryHubs.Linked(threads, clusterId, storyLinks, _options.StoryThreshold);
        foreach (var other in linked) transaction.Queue("UPDATE event_clusters SET links = links + 1 WHERE id = $id", ("$id", other));
        if (linked.Count > 0) transaction.Queue("UPDATE event_clusters SET links = links + $n WHERE id = $id", ("$n", linked.Count), ("$id", clusterId));
        transaction.Queue("""
            INSERT INTO stories (id, title, first_day, last_day, size) VALUES ($id, $title, $day, $day, 1)
            ON CONFLICT (id) DO UPDATE SET size = stories.size + 1, title = coalesce(stories.title, excluded.title),
                first_day = min(coalesce(stories.first_day, excluded.first_day), coalesce(excluded.first_day, stories.first_day)),
                last_day = max(coalesce(stories.last_day, excluded.last_day), coalesce(excluded.last_day, stories.last_day))
            """, ("$id", storyId), ("$title", profile.Title), ("$day", profile.Day));
        return new StoryPlacement(profile.ArticleId, duplicateOf, near, clusterId, storyId, bestEvent);
    }

    /// <summary>Takes an article out of the index (it is being analysed again): counts, postings, pairs and its place.</summary>
    public void Remove(string articleId, StoreTransaction transaction)
    {
        Prepare(transaction);
        byte[] terms, indexed, signature;
        int? day;
        using (var read = transaction.Command("SELECT terms, indexed, day, signature FROM story_articles WHERE article_id = $id"))
        {
            read.Parameters.AddWithValue("$id", articleId);
            using var reader = read.ExecuteReader();
            if (!reader.Read()) return;
            terms = (byte[])reader[0];
            indexed = (byte[])reader[1];
            day = reader.IsDBNull(2) ? null : reader.GetInt32(2);
            signature = (byte[])reader[3];
        }
        var termIds = TermBlob.Decode(terms).Select(t => t.Id).ToList();
        transaction.Queue("UPDATE story_terms SET df = df - 1 WHERE id IN (SELECT CAST(value AS INTEGER) FROM json_each($ids))", ("$ids", JsonIds(termIds)));
        foreach (var id in termIds)
            if (_df.TryGetValue(id, out var df)) _df[id] = df - 1;
        foreach (var id in TermBlob.DecodeIds(indexed))
            transaction.Queue("DELETE FROM story_postings WHERE term_id = $term AND day = $day AND article_id = $id", ("$term", id), ("$day", day ?? UnknownDay), ("$id", articleId));
        transaction.Queue("DELETE FROM near_duplicates WHERE article_id IN (SELECT other_id FROM near_duplicates WHERE article_id = $id) AND other_id = $id", ("$id", articleId));
        transaction.Queue("DELETE FROM near_duplicates WHERE article_id = $id", ("$id", articleId));
        // Its buckets come from its stored signature: deleting by key, not by scanning for the article.
        foreach (var key in _bands.BucketKeys(TermBlob.DecodeSignature(signature)))
            transaction.Queue("DELETE FROM near_dup_buckets WHERE bucket = $bucket AND article_id = $id", ("$bucket", key), ("$id", articleId));
        string? cluster = null, story = null;
        using (var place = transaction.Command("SELECT cluster_id, story_id FROM story_assignments WHERE article_id = $id"))
        {
            place.Parameters.AddWithValue("$id", articleId);
            using var reader = place.ExecuteReader();
            if (reader.Read()) (cluster, story) = (reader.GetString(0), reader.GetString(1));
        }
        transaction.Queue("DELETE FROM story_assignments WHERE article_id = $id", ("$id", articleId));
        // The links the article added to its thread's clusters (StoryHubs) are not recorded per article, so they stay
        // counted until the next recluster: a re-analysed article weighs a little twice in which clusters are hubs.
        transaction.Queue("UPDATE event_clusters SET size = size - 1 WHERE id = $id", ("$id", cluster));
        transaction.Queue("DELETE FROM event_clusters WHERE id = $id AND size <= 0", ("$id", cluster));
        transaction.Queue("UPDATE stories SET size = size - 1 WHERE id = $id", ("$id", story));
        transaction.Queue("DELETE FROM stories WHERE id = $id AND size <= 0", ("$id", story));
        transaction.Queue("DELETE FROM story_articles WHERE article_id = $id", ("$id", articleId));
        transaction.Queue("UPDATE story_state SET value = value - 1 WHERE key = 'documents'");
    }

    /// <summary>Empties every story table, for a rebuild in batch.</summary>
    public void Clear(StoreTransaction transaction)
    {
        Prepare(transaction);
        foreach (var table in new[] { "story_articles", "near_dup_buckets", "near_duplicates", "story_terms", "story_postings", "event_clusters", "stories", "story_assignments", "story_state" })
            Execute(transaction, $"DELETE FROM {table}");
    }

    private List<NearDuplicate> FindNearDuplicates(StoryProfile profile, long[] buckets, StoreTransaction transaction)
    {
        var found = new List<NearDuplicate>();
        if (profile.Words.Count == 0) return found;
        var names = buckets.Select((_, i) => "$b" + i).ToArray();
        var candidates = new List<string>();
        using (var query = transaction.Command($"""
            SELECT article_id, count(*) AS shared FROM near_dup_buckets WHERE bucket IN ({string.Join(", ", names)}) AND article_id <> $id
            GROUP BY article_id ORDER BY shared DESC, article_id LIMIT $limit
            """))
        {
            for (var i = 0; i < buckets.Length; i++) query.Parameters.AddWithValue(names[i], buckets[i]);
            query.Parameters.AddWithValue("$id", profile.ArticleId);
            query.Parameters.AddWithValue("$limit", _options.NearDuplicateCandidates);
            using var reader = query.ExecuteReader();
            while (reader.Read()) candidates.Add(reader.GetString(0));
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (candidates.Count > 0)
        {
            using var text = transaction.Command("SELECT id, text FROM articles WHERE id IN (SELECT value FROM json_each($ids))");
            StoreTransaction.Set(text, ("$ids", JsonSerializer.Serialize(candidates)));
            using var reader = text.ExecuteReader();
            while (reader.Read()) texts[reader.GetString(0)] = reader.GetString(1);
        }
        foreach (var id in candidates)
        {
            if (!texts.TryGetValue(id, out var other)) continue;
            var overlap = OverlapMeasure.Measure(profile.Words, WordsOf(other), _options.ShingleSize);
            if (overlap.Containment >= _options.NearDuplicateContainment)
                found.Add(new NearDuplicate(id, Math.Round(overlap.Containment, 4), Math.Round(overlap.Jaccard, 4)));
        }
        return [.. found.OrderByDescending(n => n.Containment).ThenBy(n => n.Id, StringComparer.Ordinal)];
    }

    internal static WordSequence WordsOf(string text) => WordSequence.From(Tokenizer.Tokenize(ArabicNormalizer.Normalize(text)));

    private sealed record Candidate(string ArticleId, string? Outlet, int? Day, string ClusterId, string StoryId, WeightedVector Vector);

    private static PairEvidence Evidence(WeightedVector vector, int? day, string? outlet, Candidate other, double containment) =>
        new(vector.Cosine(other.Vector), vector.Cosine(other.Vector, TermKind.Title), vector.Cosine(other.Vector, TermKind.Entity),
            vector.Cosine(other.Vector, TermKind.Event), containment, day is { } d && other.Day is { } c ? Math.Abs(d - c) : null,
            outlet is { Length: > 0 } && string.Equals(outlet, other.Outlet, StringComparison.Ordinal),
            vector.Cosine(other.Vector, TermKind.Place), vector.Disjoint(other.Vector, TermKind.FocusPlace), vector.HeadlineCoverage(other.Vector),
            vector.Cosine(other.Vector, TermKind.Quote));

    /// <summary>
    /// A thread's hubs (<see cref="StoryOptions.StoryHubs"/> of its clusters within the window, by <see cref="StoryHubs.Of"/>),
    /// read once per thread for one article.
    /// </summary>
    private Func<string, IReadOnlySet<string>> HubsOf(StoreTransaction transaction, int windowStart)
    {
        var read = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        return thread =>
        {
            if (read.TryGetValue(thread, out var hubs)) return hubs;
            var members = new List<StoryHubs.Member>();
            using (var command = transaction.Command("SELECT id, links, size, first_day FROM event_clusters WHERE story_id = $story AND (last_day IS NULL OR last_day >= $from)"))
            {
                StoreTransaction.Set(command, ("$story", thread), ("$from", windowStart));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    members.Add(new(reader.GetString(0), Convert.ToInt32(reader.GetValue(1)), Convert.ToInt32(reader.GetValue(2)), reader.IsDBNull(3) ? null : Convert.ToInt32(reader.GetValue(3))));
            }
            return read[thread] = StoryHubs.Of(members, _options.StoryHubs);
        };
    }

    /// <summary>
    /// The story probability between the article and the profile of each thread it has a candidate in
    /// (<see cref="StoryThreadProfile"/>): the mean vector of the thread's <see cref="StoryOptions.StoryThreadProfile"/>
    /// most recent articles within the window, days apart counted to the nearest of them, never the same outlet. Each
    /// thread is one bounded read, so the cost stays that of the candidates, not of the store.
    /// </summary>
    private List<StoryThreadProfile.Link> ThreadProfileLinks(WeightedVector vector, int? day, List<StoryMerge.Link> storyLinks, int windowStart, long documents, StoreTransaction transaction)
    {
        var links = new List<StoryThreadProfile.Link>();
        foreach (var thread in storyLinks.Select(l => l.Story).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (MeanOf(thread, day, ThreadRecentMembers.Read(transaction, thread, windowStart, _options.StoryThreadProfile), documents, transaction) is not { } mean) continue;
            var evidence = Evidence(vector, day, null, mean, 0);
            links.Add(new(thread, _options.StoryModel.Probability(StoryEvidence(evidence, vector, mean.Vector, documents))));
        }
        return links;
    }

    /// <summary>
    /// The profile of a thread: the mean vector of its most recent members within the window (read by
    /// <see cref="ThreadRecentMembers"/>, newest first, so the cost does not grow with its history), dated as the member
    /// nearest to <paramref name="day"/>, with no outlet; null when it has none there.
    /// </summary>
    private Candidate? MeanOf(string id, int? day, List<ThreadRecentMembers.Member> members, long documents, StoreTransaction transaction)
    {
        if (members.Count == 0) return null;
        var decoded = members.Select(m => (m.Day, Terms: TermBlob.Decode(m.Terms))).ToList();
        ReadTerms(decoded.SelectMany(m => m.Terms).Select(t => t.Id), transaction);
        var mean = WeightedVector.Mean([.. decoded.Select(m => new WeightedVector(m.Terms, DocumentFrequency, KindOf, documents, HeadlineWord))]);
        var days = decoded.Where(m => m.Day is not null).Select(m => m.Day!.Value).ToList();
        int? nearest = day is { } d && days.Count > 0 ? days.MinBy(x => Math.Abs(x - d)) : null;
        return new Candidate(id, null, nearest, "", id, mean);
    }

    /// <summary>
    /// The evidence the story model reads: the event evidence with the entity, place and event cosines floored
    /// (<see cref="StoryOptions.StoryEvidenceFloor"/>), so one common shared term does not count as a whole kind agreeing.
    /// </summary>
    private PairEvidence StoryEvidence(PairEvidence evidence, WeightedVector vector, WeightedVector other, long documents)
    {
        if (_options.StoryEvidenceFloor > 0)
        {
            var floor = _options.EntityWeight * WeightedVector.Idf(_options.StoryEvidenceFloor * documents, documents);
            evidence = evidence with
            {
                Entities = vector.Cosine(other, TermKind.Entity, floor),
                Places = vector.Cosine(other, TermKind.Place, floor),
                Events = vector.Cosine(other, TermKind.Event, floor),
            };
        }
        // A city or region is where many stories happen: shared without a shared actor or coded event it says nothing of
        // one story (33 of story9's 358 false-join pairs were joined by a place alone), so it then counts for nothing.
        var placeSupport = _options.StoryPlaceSupport;
        if (placeSupport > 0 && Math.Max(evidence.Entities, evidence.Events) < placeSupport) evidence = evidence with { Places = 0 };
        // Body words shared with nothing else (no headline term, actor, place or event) are a beat's vocabulary, not one story.
        var wordSupport = _options.StoryWordSupport;
        return wordSupport > 0 && Math.Max(Math.Max(evidence.Title, evidence.Entities), Math.Max(evidence.Events, evidence.Places)) < wordSupport
            ? evidence with { Words = 0 } : evidence;
    }

    /// <summary>
    /// The evidence the clusterer weighs for two placed articles, with the document frequencies as they stand now (for
    /// fitting and explaining <see cref="StoryOptions.EventModel"/>); null when either is not placed.
    /// </summary>
    /// <param name="forStory">The evidence the story model reads (<see cref="StoryOptions.StoryEvidenceFloor"/>), not the event model's.</param>
    public PairEvidence? Compare(string articleId, string otherId, StoreTransaction transaction, bool forStory = false)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        Prepare(transaction);
        var documents = State(transaction, "documents");
        if (Load(articleId, documents, transaction) is not { } a || Load(otherId, documents, transaction) is not { } b) return null;
        var containment = Scalar<double?>(transaction, "SELECT containment FROM near_duplicates WHERE article_id = $a AND other_id = $b", ("$a", articleId), ("$b", otherId)) ?? 0;
        var evidence = Evidence(a.Vector, a.Day, a.Outlet, b, containment);
        return forStory ? StoryEvidence(evidence, a.Vector, b.Vector, documents) : evidence;
    }

    private Candidate? Load(string id, long documents, StoreTransaction transaction)
    {
        using var load = transaction.Command(CandidateSql);
        StoreTransaction.Set(load, ("$id", id));
        using var reader = load.ExecuteReader();
        return reader.Read() ? ReadCandidate(id, reader, documents) : null;
    }

    private const string CandidateSql = """
        SELECT s.day, s.terms, a.cluster_id, a.story_id, r.outlet FROM story_articles s
        JOIN story_assignments a ON a.article_id = s.article_id JOIN articles r ON r.id = s.article_id
        WHERE s.article_id = $id
        """;

    private Candidate ReadCandidate(string id, DbDataReader reader, long documents) =>
        new(id, reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(0) ? null : reader.GetInt32(0), reader.GetString(2),
            reader.GetString(3), new WeightedVector(TermBlob.Decode((byte[])reader[1]), DocumentFrequency, KindOf, documents, HeadlineWord));

    private List<Candidate> Candidates(int[] indexed, int? day, StoreTransaction transaction)
    {
        // Each indexed term's most recent postings (within the window, and the undated ones, for a dated article), all in
        // one statement: one subquery per term and kind of day, whose rows are counted per article.
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        if (indexed.Length > 0)
        {
            var parts = new List<string>();
            for (var i = 0; i < indexed.Length; i++)
                if (day is not null)
                {
                    parts.Add($"SELECT article_id FROM (SELECT article_id FROM story_postings WHERE term_id = $t{i} AND day BETWEEN $from AND $to ORDER BY day DESC LIMIT $limit) d{i}");
                    parts.Add($"SELECT article_id FROM (SELECT article_id FROM story_postings WHERE term_id = $t{i} AND day = $unknown LIMIT $limit) u{i}");
                }
                else parts.Add($"SELECT article_id FROM (SELECT article_id FROM story_postings WHERE term_id = $t{i} ORDER BY day DESC LIMIT $limit) a{i}");
            using var postings = transaction.Command(string.Join("\nUNION ALL\n", parts));
            for (var i = 0; i < indexed.Length; i++) postings.Parameters.AddWithValue("$t" + i, indexed[i]);
            postings.Parameters.AddWithValue("$limit", _options.PostingsPerTerm);
            if (day is { } d)
                StoreTransaction.Set(postings, ("$from", d - _options.StoryWindowDays), ("$to", d + _options.StoryWindowDays), ("$unknown", UnknownDay));
            using var reader = postings.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                hits[id] = hits.GetValueOrDefault(id) + 1;
            }
        }
        // The articles sharing most of its heaviest terms are the plausible ones; comparing only those bounds the work.
        var ids = hits.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(_options.Candidates).Select(p => p.Key).ToList();
        if (ids.Count == 0) return [];
        var rows = new Dictionary<string, (string? Outlet, int? Day, string Cluster, string Story, (int Id, float Weight)[] Terms)>(StringComparer.Ordinal);
        using (var load = transaction.Command("""
            SELECT s.article_id, s.day, s.terms, a.cluster_id, a.story_id, r.outlet FROM story_articles s
            JOIN story_assignments a ON a.article_id = s.article_id JOIN articles r ON r.id = s.article_id
            WHERE s.article_id IN (SELECT value FROM json_each($ids))
            """))
        {
            StoreTransaction.Set(load, ("$ids", JsonSerializer.Serialize(ids)));
            using var reader = load.ExecuteReader();
            while (reader.Read())
                rows[reader.GetString(0)] = (reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(1) ? null : reader.GetInt32(1),
                    reader.GetString(3), reader.GetString(4), TermBlob.Decode((byte[])reader[2]));
        }
        ReadTerms(rows.Values.SelectMany(r => r.Terms).Select(t => t.Id), transaction);
        var documents = State(transaction, "documents");
        var candidates = new List<Candidate>(rows.Count);
        foreach (var id in ids)
            if (rows.TryGetValue(id, out var row))
                candidates.Add(new Candidate(id, row.Outlet, row.Day, row.Cluster, row.Story, new WeightedVector(row.Terms, DocumentFrequency, KindOf, documents, HeadlineWord)));
        return candidates;
    }

    /// <summary>Term ids for the profile's terms (new terms added), document frequencies counted up; sorted by id.</summary>
    private (int Id, float Weight)[] TermIds(IReadOnlyDictionary<string, float> terms, StoreTransaction transaction)
    {
        var unknown = terms.Keys.Where(t => !_termIds.ContainsKey(t)).ToList();
        if (unknown.Count > 0)
        {
            using (var find = transaction.Command("SELECT id, term, df FROM story_terms WHERE term IN (SELECT value FROM json_each($terms))"))
            {
                StoreTransaction.Set(find, ("$terms", JsonSerializer.Serialize(unknown)));
                using var reader = find.ExecuteReader();
                while (reader.Read()) Cache(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2));
            }
            // New terms are numbered in the order the profile lists them.
            var added = unknown.Where(t => !_termIds.ContainsKey(t)).ToList();
            if (added.Count > 0)
            {
                using var insert = transaction.Command("INSERT INTO story_terms (term, df) SELECT value, 0 FROM json_each($terms) RETURNING id, term");
                StoreTransaction.Set(insert, ("$terms", JsonSerializer.Serialize(added)));
                using var reader = insert.ExecuteReader();
                while (reader.Read()) Cache(reader.GetInt32(0), reader.GetString(1), 0);
            }
        }
        var result = new List<(int, float)>(terms.Count);
        foreach (var (term, weight) in terms) result.Add((_termIds[term], weight));
        // Counted from the cached count read before this update, so the cache and the table stay equal.
        ReadTerms(result.Select(t => t.Item1), transaction);
        foreach (var (id, _) in result) _df[id] += 1;
        transaction.Queue("UPDATE story_terms SET df = df + 1 WHERE id IN (SELECT CAST(value AS INTEGER) FROM json_each($ids))", ("$ids", JsonIds(result.Select(t => t.Item1))));
        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return [.. result];
    }

    private void Cache(int id, string term, int df)
    {
        _termIds[term] = id;
        _names[id] = term;
        _df[id] = df;
        _kinds[id] = TermKinds.Of(term);
    }

    private static string JsonIds(IEnumerable<int> ids) => JsonSerializer.Serialize(ids.Distinct().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private int DocumentFrequency(int termId)
    {
        if (!_df.TryGetValue(termId, out var df)) ReadTerm(termId);
        return _df[termId];
    }

    private TermKind KindOf(int termId)
    {
        if (!_kinds.TryGetValue(termId, out var kind)) ReadTerm(termId);
        return _kinds.GetValueOrDefault(termId);
    }

    /// <summary>Reads into the caches, in one statement, the counts and kinds of those of <paramref name="ids"/> not cached yet.</summary>
    private void ReadTerms(IEnumerable<int> ids, StoreTransaction transaction)
    {
        var missing = ids.Where(id => !_df.ContainsKey(id) || !_kinds.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0) return;
        using (var read = transaction.Command("SELECT id, df, term FROM story_terms WHERE id IN (SELECT CAST(value AS INTEGER) FROM json_each($ids))"))
        {
            StoreTransaction.Set(read, ("$ids", JsonIds(missing)));
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                Cache(reader.GetInt32(0), reader.GetString(2), reader.GetInt32(1));
            }
        }
        foreach (var id in missing)
        {
            _df.TryAdd(id, 0);
            _kinds.TryAdd(id, TermKind.Word);
        }
    }

    private void ReadTerm(int termId)
    {
        _dfQuery ??= _cacheOwner!.Command("SELECT df, term FROM story_terms WHERE id = $id");
        StoreTransaction.Set(_dfQuery, ("$id", termId));
        using var reader = _dfQuery.ExecuteReader();
        if (reader.Read()) Cache(termId, reader.GetString(1), reader.GetInt32(0));
        else (_df[termId], _kinds[termId]) = (0, TermKind.Word);
    }

    /// <summary>The word term a headline term stands for (<c>^stem</c> → <c>stem</c>: every title word is counted among the words too), or -1.</summary>
    private int HeadlineWord(int termId)
    {
        if (KindOf(termId) != TermKind.Title || !_names.TryGetValue(termId, out var name)) return -1;
        var word = name[1..];
        if (_termIds.TryGetValue(word, out var id)) return id;
        _idQuery ??= _cacheOwner!.Command("SELECT id, df FROM story_terms WHERE term = $term");
        StoreTransaction.Set(_idQuery, ("$term", word));
        using var reader = _idQuery.ExecuteReader();
        if (!reader.Read()) return -1;
        Cache(reader.GetInt32(0), word, reader.GetInt32(1));
        return reader.GetInt32(0);
    }

    private void Prepare(StoreTransaction transaction)
    {
        if (ReferenceEquals(_cacheOwner, transaction)) return;
        _cacheOwner = transaction;
        _dfQuery?.Dispose();
        _dfQuery = null;
        _idQuery?.Dispose();
        _idQuery = null;
        _termIds.Clear();
        _names.Clear();
        _df.Clear();
        _kinds.Clear();
    }

    private static long State(StoreTransaction transaction, string key) =>
        Scalar<long?>(transaction, "SELECT value FROM story_state WHERE key = $key", ("$key", key)) ?? 0;

    /// <summary>The article's sequence number and the new document count, both counted up in one statement.</summary>
    private static (long Seq, long Documents) NextCounters(StoreTransaction transaction)
    {
        using var command = transaction.Command("""
            INSERT INTO story_state (key, value) VALUES ('seq', 1), ('documents', 1)
            ON CONFLICT (key) DO UPDATE SET value = story_state.value + 1 RETURNING key, value
            """);
        long seq = 0, documents = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (reader.GetString(0) == "seq") seq = reader.GetInt64(1);
            else documents = reader.GetInt64(1);
        return (seq, documents);
    }

    private static T? Scalar<T>(StoreTransaction transaction, string sql, params (string, object?)[] values)
    {
        using var command = transaction.Command(sql);
        StoreTransaction.Set(command, values);
        var result = command.ExecuteScalar();
        return result is null or DBNull ? default : (T)Convert.ChangeType(result, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(StoreTransaction transaction, string sql, params (string, object?)[] values)
    {
        using var command = transaction.Command(sql);
        StoreTransaction.Set(command, values);
        command.ExecuteNonQuery();
    }
}
